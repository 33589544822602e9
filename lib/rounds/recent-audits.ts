/**
 * The "no re-audit within N months" rule: which candidates were audited recently, and when. The audit
 * history is data the caller passes in (Margin's own audits and imported ones): a case ID and the day
 * of the audit. A case counts as audited within the last N months when its latest audit is on or after
 * the same day N calendar months before today (1 March minus 1 month is 1 February; 31 March minus
 * 1 month is 28 or 29 February).
 */
import { caseKey } from '../model/round';

/** One past audit: the case and the day it was audited (`YYYY-MM-DD`, or a date-time). */
export interface AuditedCase {
  caseId: string;
  auditedOn: string;
}

/** `day` (`YYYY-MM-DD`) minus `months` calendar months, clamped to the end of a shorter month. */
export function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(y, 4)}-${pad(m + 1, 2)}-${pad(Math.min(date, lastDay), 2)}`;
}

/**
 * The latest audit day of each case audited on or after `monthsBefore(today, months)`, keyed by
 * `caseKey` (a day after today, from a clock that was wrong, counts as recent too). Entries whose date
 * cannot be read are ignored.
 */
export function recentlyAudited(
  history: readonly AuditedCase[],
  today: string,
  months: number,
): Map<string, string> {
  const since = monthsBefore(today, months);
  const latest = new Map<string, string>();
  for (const entry of history) {
    const day = entry.auditedOn.slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || day < since) continue;
    const key = caseKey(entry.caseId);
    if ((latest.get(key) ?? '') < day) latest.set(key, day);
  }
  return latest;
}
