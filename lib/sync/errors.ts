/**
 * Team sync's errors, typed and in plain words a person can act on (the sync status shows `message`).
 * Every failure of the protocol client (lib/sync/couch-client.ts) and of a sync run is one of these.
 */

/** What went wrong, for the status screen to choose its advice. */
export type SyncErrorCode =
  | 'unreachable'
  | 'signin-refused'
  | 'signed-out'
  | 'forbidden'
  | 'record-refused'
  | 'bad-reply'
  | 'aborted'
  | 'server-error';

const MESSAGES: Record<SyncErrorCode, string> = {
  unreachable: 'The council server could not be reached. Margin will try again later.',
  'signin-refused': 'The council server refused your sign-in. Check your name and password.',
  'signed-out': 'You are not signed in to the council server (or your session ended). Sign in again.',
  forbidden: 'The council server does not let this account use the shared database. Ask council IT.',
  'record-refused': 'The council server refused this record',
  'bad-reply': 'The council server sent something Margin cannot read, so nothing was changed',
  aborted: 'Sync stopped before it finished. Nothing was lost; it carries on next time.',
  'server-error': 'The council server had a problem. Margin will try again later.',
};

/** A sync failure: `code` for programs, `message` for people. */
export class SyncError extends Error {
  readonly code: SyncErrorCode;

  constructor(code: SyncErrorCode, detail?: string) {
    super(detail ? `${MESSAGES[code]}: ${detail}` : MESSAGES[code]);
    this.name = 'SyncError';
    this.code = code;
  }
}

/** `error` as a SyncError (an abort stays an abort; anything else unexpected is the server's fault). */
export function asSyncError(error: unknown, signal?: AbortSignal): SyncError {
  if (error instanceof SyncError) return error;
  if (signal?.aborted || (error instanceof Error && error.name === 'AbortError'))
    return new SyncError('aborted');
  return new SyncError('server-error', error instanceof Error ? error.message : String(error));
}
