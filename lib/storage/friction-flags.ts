/** Manual friction flags, kept one by one and found by the screen they were raised on (across people). */
import type { AppDB, StoredFlag } from './db';
import { forgetHistory } from './edit-history';
import { FrictionFlagSchema, type FlagFields, type FrictionFlag } from '../model/friction';
import type { ObservationTarget } from '../model/observation';
import { pageKey } from '../model/page-context';

export function screenOf(page: ObservationTarget['page']): { origin: string; screen: string } {
  return { origin: page.origin, screen: page.formName ?? page.path };
}

function stored(flag: FrictionFlag): StoredFlag {
  const { origin, screen } = screenOf(flag.target.page);
  return { ...flag, screenRef: `${origin}|${screen}` };
}

/** Stores a new flag; throws (writing nothing) when it is invalid. */
export async function createFlag(
  db: AppDB,
  fields: FlagFields,
  target: ObservationTarget,
  author: string,
  now = new Date(),
): Promise<FrictionFlag> {
  const flag = FrictionFlagSchema.parse({
    ...fields,
    id: crypto.randomUUID(),
    target,
    pageKey: pageKey(target.page),
    author,
    createdAt: now.toISOString(),
  });
  await db.frictionFlags.add(stored(flag));
  return flag;
}

export async function deleteFlag(db: AppDB, id: string): Promise<FrictionFlag | null> {
  return db.transaction('rw', db.frictionFlags, db.recordHistory, async () => {
    const existing = await db.frictionFlags.get(id);
    if (!existing) return null;
    await db.frictionFlags.delete(id);
    await forgetHistory(db, [id]);
    const { screenRef: _screenRef, ...flag } = existing;
    return flag;
  });
}

export async function restoreFlag(db: AppDB, flag: FrictionFlag): Promise<boolean> {
  const valid = FrictionFlagSchema.parse(flag);
  return db.transaction('rw', db.frictionFlags, async () => {
    if (await db.frictionFlags.get(valid.id)) return false;
    await db.frictionFlags.add(stored(valid));
    return true;
  });
}

/** Flags raised on a screen, newest first. */
export async function flagsForScreen(db: AppDB, origin: string, screen: string): Promise<FrictionFlag[]> {
  const rows = await db.frictionFlags
    .where('screenRef')
    .equals(`${origin}|${screen}`)
    .reverse()
    .sortBy('createdAt');
  return rows.map(({ screenRef: _screenRef, ...flag }) => flag);
}
