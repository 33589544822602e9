/**
 * What a pull does with one record, pure: given this device's latest change of the record (its change
 * row) and the server's leaf revisions of its document, whether to take a remote revision (it descends
 * from ours, or we never had the record), to keep both as a Margin conflict (the branches diverged), or
 * to do nothing (we already hold it, or we are ahead and the next push carries it). Branches that a
 * person's resolution closed (`resolved` tombstones) are never conflicts. Taking the same revision twice
 * is a no-op, so a rerun after an interrupted pull changes nothing.
 */
import type { ChangeRow } from '../storage/change-log';
import { pathOf, type RemoteVersion } from './docs';

export interface Decision {
  /** The remote revision to write here (record or deletion), when there is one. */
  adopt?: RemoteVersion;
  /** The remote revision that diverges from ours (after `adopt`), kept for a person to choose. */
  conflictWith?: RemoteVersion;
}

const generation = (rev: string) => Number.parseInt(rev, 10);

/** CouchDB's winner among revisions: live before deleted, then the longest branch, then the highest rev. */
export function winnerOf(versions: RemoteVersion[]): RemoteVersion | undefined {
  return [...versions].sort(
    (a, b) =>
      Number(a.deleted) - Number(b.deleted) ||
      generation(b.rev) - generation(a.rev) ||
      (a.rev < b.rev ? 1 : a.rev > b.rev ? -1 : 0),
  )[0];
}

/** The decision for a record whose change row here is `local` (undefined: never held) given the server's leaves. */
export function decide(local: ChangeRow | undefined, leaves: RemoteVersion[]): Decision {
  const known = new Set(local ? pathOf(local) : []);
  const fresh = leaves.filter((v) => !known.has(v.rev));
  if (!local) {
    const live = fresh.filter((v) => !v.deleted);
    // A record deleted before this device saw it: its tombstone is recorded all the same.
    const adopt = winnerOf(live) ?? winnerOf(fresh);
    if (!adopt) return {};
    const rival = winnerOf(live.filter((v) => v !== adopt && !v.path.includes(adopt.rev)));
    return rival ? { adopt, conflictWith: rival } : { adopt };
  }
  const ours = fresh.filter((v) => v.path.includes(local.rev));
  const others = fresh.filter((v) => !v.path.includes(local.rev) && !(v.deleted && v.resolved));
  const tip = winnerOf(ours);
  if (tip && !tip.deleted) return withRival({ adopt: tip }, others, false);
  if (tip && tip.resolved) {
    // Our branch was closed by a person's resolution: the version they kept is the record now.
    const kept = winnerOf(others.filter((v) => !v.deleted));
    return { adopt: kept ?? tip };
  }
  if (tip) return withRival({ adopt: tip }, others, true);
  return withRival({}, others, local.deleted);
}

/** Adds the rival branch, if any is left that differs from where this side ends up (`deleted` or not). */
function withRival(decision: Decision, others: RemoteVersion[], deleted: boolean): Decision {
  const rival = winnerOf(deleted ? others.filter((v) => !v.deleted) : others);
  return rival ? { ...decision, conflictWith: rival } : decision;
}
