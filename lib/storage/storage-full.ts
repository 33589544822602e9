/**
 * Running out of storage: the browser refuses a write when Margin's quota on this device is used up.
 * The transaction aborts (nothing of it is written); the user gets a message saying so and what to do.
 */
export const STORAGE_FULL_MESSAGE =
  'Margin could not save this: its storage on this device is full, so nothing of this change was saved. ' +
  'Export what you need, then purge or delete old records (Settings → Data on this device), or free disk space, and try again.';

/** True for a quota error, whether the browser's own or Dexie's wrapping of it (also as a cause). */
export function isStorageFull(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const { name, message, inner } = current as { name?: unknown; message?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError') return true;
    if (typeof message === 'string' && /QuotaExceeded|quota (has been )?exceeded/i.test(message)) return true;
    current = inner ?? (current as { cause?: unknown }).cause;
  }
  return false;
}
