/**
 * The merge rule, one record at a time. Margin keeps no common ancestor of a record, so the rule works
 * from what both copies carry, their edit time (`updatedAt`; flags, never edited, `createdAt`):
 *
 * - no stored record with that id: **new**, stored;
 * - same content (canonical JSON): **identical**, nothing written;
 * - the file's copy is strictly later: **changed**, it replaces the stored copy, which goes to history
 *   (`import-superseded`);
 * - the stored copy is strictly later: **outdated**, the stored copy stays, the file's goes to history
 *   (`import-outdated`);
 * - same edit time, different content: **conflicting**, both changed independently (or one was edited
 *   by hand); the stored copy stays, so what is on this device already, or came from the file imported
 *   first, wins; the file's copy goes to history (`import-conflict`) and the conflict is listed.
 *
 * Templates are kept by `id@version` and never replaced: a different template under a known key (stored
 * or built-in) is a conflict and the stored one stays.
 */
import { sameContent } from './canonical';

/** How one incoming record relates to the stored copy with its id. */
export type Verdict = 'new' | 'identical' | 'changed' | 'outdated' | 'conflicting';

/** What a record is ordered by: audits, notes and observations are edited; flags only created. */
export type Stamped = { updatedAt?: string; createdAt?: string };

/** The edit time a record is ordered by. */
export function editTime(record: Stamped): number {
  return Date.parse(record.updatedAt ?? record.createdAt ?? '');
}

/** Applies the rule above to an incoming record and the stored copy with the same id (if any). */
export function judge<T extends Stamped>(incoming: T, stored: T | undefined): Verdict {
  if (stored === undefined) return 'new';
  if (sameContent(incoming, stored)) return 'identical';
  const difference = editTime(incoming) - editTime(stored);
  if (difference > 0) return 'changed';
  if (difference < 0) return 'outdated';
  return 'conflicting';
}

/** For templates: new, identical, or a conflicting different template under the same `id@version`. */
export function judgeTemplate(incoming: unknown, stored: unknown): Verdict {
  if (stored === undefined) return 'new';
  return sameContent(incoming, stored) ? 'identical' : 'conflicting';
}
