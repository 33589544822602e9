/**
 * Resolving a Margin conflict the way CouchDB resolves one: the version a person keeps becomes a new
 * revision whose parent is the kept one, and the losing branch gets a tombstone child (marked
 * `resolved`), pushed at the next sync. Every device that pulls both then agrees on the kept version.
 */
import type { AppDB } from '../storage/db';
import { kindNamed } from '../exchange/kinds';
import { revisionOf } from '../exchange/revision';
import { HISTORY_KEPT } from '../storage/change-log';
import { pathOf } from './docs';
import { syncTables, writeRemote } from './pull';

/**
 * Keeps `keep`'s version of the record in conflict (`kind`, `id`) and closes the other branch. Throws
 * when there is no such conflict. One transaction: the record, its change and the tombstone together.
 */
export async function resolveConflict(
  db: AppDB,
  kind: string,
  id: string,
  keep: 'local' | 'remote',
): Promise<void> {
  await db.transaction('rw', syncTables(db), async () => {
    const conflict = await db.syncConflicts.get([kind, id]);
    if (!conflict) throw new Error(`There is no conflict on this ${kind} to resolve.`);
    const table = db.table(kindNamed(kind)!.table);
    const local = await db.changeLog.where('[kind+id]').equals([kind, id]).first();
    if (!local) throw new Error(`This ${kind} is no longer here.`);
    let losing: string[];
    if (keep === 'remote') {
      losing = pathOf(local);
      await writeRemote(db, {
        kind,
        id,
        rev: conflict.remoteRev,
        path: conflict.remotePath,
        deleted: conflict.remoteDeleted,
        record: conflict.remote,
        device: conflict.remoteDevice,
        author: conflict.remoteAuthor,
        updatedAt: new Date().toISOString(),
        resolved: false,
      });
    } else losing = conflict.remotePath;
    // The kept version again, as a new revision (a deletion kept stays as it is).
    const kept = await table.get(id);
    if (kept !== undefined) await table.put(kept);
    const now = new Date().toISOString();
    await db.syncClosures.put({
      kind,
      id,
      rev: revisionOf(losing[0]!, null),
      path: [revisionOf(losing[0]!, null), ...losing].slice(0, HISTORY_KEPT + 2),
      author: local.author,
      resolvedAt: now,
    });
    await db.syncConflicts.delete([kind, id]);
  });
}
