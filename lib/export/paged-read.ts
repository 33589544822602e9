/**
 * Reading an export's records a page at a time, oldest first, so an export of any size holds at most
 * one page of records. Used by export-stream.ts inside its one read transaction (pass that
 * transaction's tables). Pages continue from the last key read (never an offset), so each read starts
 * where the previous ended however far into the store it is.
 */
import type { Table } from 'dexie';

/** Records read at a time. */
export const READ_PAGE = 2000;

/**
 * The records whose `index` value lies in [lower, upper], in the index's order (by index value, then
 * primary key), `size` at a time. Records sharing the last page's index value are continued after the
 * ones already given (IndexedDB orders them by primary key), so none is missed or repeated. The next
 * page is asked for before this one is handed over, so the database reads it while the caller writes
 * this one (two pages are held at most).
 */
export async function* indexPages<T>(
  table: Table<T>,
  index: string,
  [lower, upper]: [string, string],
  keyOf: (record: T) => string,
  size = READ_PAGE,
): AsyncGenerator<T[]> {
  const read = (from: string, skip: number) => {
    const rows = table
      .where(index)
      .between(from, upper, true, true)
      .limit(skip + size)
      .toArray();
    // Handled where awaited; this keeps a read the caller no longer wants from being reported unhandled.
    rows.catch(() => undefined);
    return { rows, from, skip };
  };
  let next = read(lower, 0);
  for (;;) {
    const { from, skip } = next;
    const rows = await next.rows;
    const page = skip === 0 ? rows : rows.slice(skip);
    const more = rows.length >= skip + size;
    if (more) {
      const last = keyOf(page[page.length - 1]!);
      let same = 0;
      while (same < page.length && keyOf(page[page.length - 1 - same]!) === last) same++;
      next = read(last, same + (last === from ? skip : 0));
    }
    if (page.length > 0) yield page;
    if (!more) return;
  }
}

/** Every record of `table` in primary-key order (`keyOf` gives a record's key), `size` at a time. */
export async function* keyPages<T>(
  table: Table<T>,
  keyOf: (record: T) => string,
  size = READ_PAGE,
): AsyncGenerator<T[]> {
  let after: string | undefined;
  for (;;) {
    const query = after === undefined ? table.toCollection() : table.where(':id').above(after);
    const page = await query.limit(size).toArray();
    if (page.length > 0) yield page;
    if (page.length < size) return;
    after = keyOf(page[page.length - 1]!);
  }
}
