/**
 * Reading the stored copies of a file's records, for planning an import. Dexie's `bulkGet` makes one
 * IndexedDB request per key, which for a file of 25,000 records is most of a preview; a file's records
 * are usually new, so for a large file the table's keys are read first (one request, no values) and
 * only the records that exist are fetched.
 */
import type { Table } from 'dexie';

/** Below this many keys `bulkGet` is cheaper than reading every key of a (possibly large) table. */
export const KEY_SCAN_FROM = 1000;

/** The stored record for each of `keys`, in order (undefined where there is none). */
export async function storedByKey<T, K extends string>(
  table: Table<T, K>,
  keys: readonly K[],
): Promise<(T | undefined)[]> {
  if (keys.length < KEY_SCAN_FROM) return table.bulkGet([...keys]);
  const existing = new Set<K>(await table.toCollection().primaryKeys());
  const present = keys.filter((key) => existing.has(key));
  if (present.length === 0) return keys.map(() => undefined);
  const rows = await table.bulkGet(present);
  const found = new Map(present.map((key, index) => [key, rows[index]]));
  return keys.map((key) => found.get(key));
}
