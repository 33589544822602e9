/**
 * Sync errors in words a person can act on. The engine's typed errors carry a kind; this turns each into
 * a sentence that says what happened and what to do, and whether a later run may fix it by itself.
 */

export type SyncErrorKind = 'signed-out' | 'refused' | 'forbidden' | 'unreachable' | 'server' | 'unknown';

export interface SyncErrorWords {
  kind: SyncErrorKind;
  message: string;
  /** True when Margin tries again by itself (the server was down, or answered with an error). */
  retries: boolean;
  /** When it will, for errors it retries. */
  retryAt?: string;
}

const BY_CODE: Record<string, SyncErrorKind> = {
  'signin-refused': 'refused',
  'signed-out': 'signed-out',
  forbidden: 'forbidden',
  unreachable: 'unreachable',
  aborted: 'unreachable',
};

/** The kind of a thrown error or a report's error: by the engine's `code`, else its `kind`, `status` or `name`. */
export function errorKind(error: unknown): SyncErrorKind {
  const fields = (error ?? {}) as { code?: unknown; kind?: unknown; status?: unknown; name?: unknown };
  if (typeof fields.code === 'string') return BY_CODE[fields.code] ?? 'server';
  const text = [fields.kind, fields.name].filter((v) => typeof v === 'string').join(' ');
  const status = typeof fields.status === 'number' ? fields.status : undefined;
  if (/signed.?out|session|expired/i.test(text)) return 'signed-out';
  if (status === 401 || /unauthori[sz]ed|refused|auth/i.test(text)) return 'refused';
  if (status === 403 || /forbidden/i.test(text)) return 'forbidden';
  if (/network|unreachable|offline|timeout|TypeError|abort/i.test(text)) return 'unreachable';
  if (status !== undefined || /server|http/i.test(text)) return 'server';
  return 'unknown';
}

const time = (iso: string | undefined) =>
  iso ? new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : 'the next run';

/**
 * The plain-words status for an error; `retryAt` is when the next scheduled run will try again. During a
 * sync run (not a sign-in) a refused session means the sign-in has ended.
 */
export function errorWords(
  error: unknown,
  retryAt?: string,
  during: 'sync' | 'sign-in' = 'sync',
): SyncErrorWords {
  const found = errorKind(error);
  const kind = during === 'sync' && found === 'refused' ? 'signed-out' : found;
  switch (kind) {
    case 'signed-out':
      return {
        kind,
        retries: false,
        message: 'Your sign-in to the council server has ended: sign in again.',
      };
    case 'refused':
      return {
        kind,
        retries: false,
        message: 'The council server refused your sign-in: check your user name and password, or ask IT.',
      };
    case 'forbidden':
      return {
        kind,
        retries: false,
        message:
          'The council server did not let your account write these records: ask IT to check your access.',
      };
    case 'unreachable':
      return {
        kind,
        retries: true,
        retryAt,
        message: `Could not reach the council server — Margin will try again at ${time(retryAt)}.`,
      };
    default:
      return {
        kind,
        retries: true,
        retryAt,
        message: `The council server could not take this sync — Margin will try again at ${time(retryAt)}.`,
      };
  }
}
