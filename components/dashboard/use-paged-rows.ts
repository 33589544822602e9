/**
 * The newest-first table before every observation is in memory: rows read a page at a time from the
 * `createdAt` index as the table scrolls to them, so the first paint reads one page, not 100,000.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Observation } from '@/lib/model/observation';
import { getDb } from '@/lib/storage/db';

export const PAGE = 100;

export interface PagedRows {
  /** True once the first page is read (the first paint waits for it, and nothing else). */
  ready: boolean;
  /** The row at `index` (newest first), or undefined while its page is being read. */
  at(index: number): Observation | undefined;
  /** Asks for the pages holding rows `first` to `last` (exclusive). */
  want(first: number, last: number): void;
}

/** Pages of observations newest first; read again whenever `version` (the stored counts) changes. */
export function usePagedRows(version: unknown): PagedRows {
  const pages = useRef(new Map<number, Observation[] | 'reading'>());
  const [, setRead] = useState(0);
  const want = useCallback((first: number, last: number) => {
    const map = pages.current;
    for (let page = Math.floor(first / PAGE); page * PAGE < last; page++) {
      if (map.has(page)) continue;
      map.set(page, 'reading');
      void getDb()
        .observations.orderBy('createdAt')
        .reverse()
        .offset(page * PAGE)
        .limit(PAGE)
        .toArray()
        .then((rows) => {
          if (pages.current !== map) return;
          map.set(page, rows);
          setRead((n) => n + 1);
        });
    }
  }, []);
  const seen = useRef<unknown>(undefined);
  useEffect(() => {
    // The first version only confirms what was read while it was awaited; later ones are changes.
    if (seen.current !== undefined) {
      pages.current = new Map();
      setRead((n) => n + 1);
    }
    seen.current = version;
    want(0, 1);
  }, [version, want]);
  const at = (index: number) => {
    const page = pages.current.get(Math.floor(index / PAGE));
    return Array.isArray(page) ? page[index % PAGE] : undefined;
  };
  return { ready: Array.isArray(pages.current.get(0)), at, want };
}
