import { afterEach, describe, expect, it } from 'vitest';
import { KEY_SCAN_FROM, storedByKey } from '@/lib/export/import/read-stored';
import type { AppDB } from '@/lib/storage/db';
import { freshDb } from './support';

let db: AppDB | undefined;
afterEach(() => db?.delete());

const row = (index: number) => ({ key: `k${index}`, template: { index } as never, importedAt: 'x' });

describe('storedByKey', () => {
  it.each([10, KEY_SCAN_FROM * 2])('gives what bulkGet gives, in order, for %i keys', async (count) => {
    db = freshDb();
    await db.templates.bulkAdd(Array.from({ length: count }, (_, index) => row(index * 2)));
    // Every other key exists; the order is scrambled and one key repeats.
    const keys = Array.from({ length: count }, (_, index) => `k${(index * 7919) % count}`);
    keys.push(keys[0]!);
    expect(await storedByKey(db.templates, keys)).toEqual(await db.templates.bulkGet(keys));
  });

  it('reads nothing but the keys when none of many exists', async () => {
    db = freshDb();
    await db.templates.bulkAdd([row(-1)]);
    const keys = Array.from({ length: KEY_SCAN_FROM }, (_, index) => `new${index}`);
    expect(await storedByKey(db.templates, keys)).toEqual(keys.map(() => undefined));
  });
});
