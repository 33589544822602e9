/**
 * Dates that come from outside (import files, messages) may not lie in the future: under "the later
 * edit wins" a record dated 9999 would win every merge for ever, and retention, which goes by the last
 * change, would never purge it. A day of tolerance allows for clocks and time zones that disagree.
 */

export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/** True when `iso` (a date-time, or a `YYYY-MM-DD` day) is more than a day after `now`. */
export function isFarFuture(iso: string, now: number = Date.now()): boolean {
  const at = Date.parse(iso);
  return Number.isFinite(at) && at > now + FUTURE_TOLERANCE_MS;
}

/** Why a date from the future is refused, for a file or a message (no closing full stop). */
export function farFutureReason(iso: string, now: number = Date.now()): string {
  return (
    `${iso.slice(0, 40)} is more than a day after this computer's clock (${new Date(now).toISOString()}); ` +
    'a record dated in the future would win every later merge. Check the clock of the computer it came from'
  );
}

/** The date fields of stored records and export files. */
export const DATE_FIELDS = ['createdAt', 'updatedAt', 'startedAt', 'finishedAt', 'exportedAt', 'at', 'day'];
