/**
 * The round packs an auditor has imported: one per round and auditor (or per round, for a pack of the
 * whole round), the newer pack of the two replacing the older whole, in one transaction.
 */
import type { AppDB } from './db';
import type { RoundPack } from '../rounds/pack-schema';

export interface StoredPack {
  /** `roundId|auditor` (`roundId|*` for a pack of the whole round). */
  id: string;
  roundId: string;
  pack: RoundPack;
  importedAt: string;
}

export const packId = (pack: RoundPack) => `${pack.round.id}|${pack.forAuditor ?? '*'}`;

/** What importing a pack would do (or did): add it, replace an older one, or nothing. */
export type PackVerdict = 'new' | 'newer' | 'same' | 'older';

export async function packVerdict(db: AppDB, pack: RoundPack): Promise<PackVerdict> {
  const stored = await db.roundPacks.get(packId(pack));
  if (!stored) return 'new';
  if (stored.pack.hash === pack.hash) return 'same';
  return stored.pack.createdAt < pack.createdAt ? 'newer' : 'older';
}

/** Stores a verified pack unless this device holds the same or a newer one; says which it was. */
export function savePack(db: AppDB, pack: RoundPack, now = new Date().toISOString()): Promise<PackVerdict> {
  return db.transaction('rw', db.roundPacks, db.templates, async () => {
    const verdict = await packVerdict(db, pack);
    if (verdict === 'same' || verdict === 'older') return verdict;
    await db.roundPacks.put({ id: packId(pack), roundId: pack.round.id, pack, importedAt: now });
    // A custom template travels with its pack: audits of the round need it.
    if (pack.template) {
      const key = `${pack.template.id}@${pack.template.version}`;
      if (!(await db.templates.get(key)))
        await db.templates.put({ key, template: pack.template, importedAt: now });
    }
    return verdict;
  });
}

export function listPacks(db: AppDB): Promise<StoredPack[]> {
  return db.roundPacks.toArray();
}
