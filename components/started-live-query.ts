/**
 * A Dexie live query that a page starts before it renders. `useLiveQuery` subscribes in an effect, which
 * Preact runs only after the first frame, so a page's data would be read after its "Loading…" paint;
 * a page's entry instead calls `startLiveQuery(key, query)` as soon as its script runs, so the database
 * opens and the first read is under way while Preact renders, and the component takes the running
 * query's results with `useStartedLiveQuery(key, query)` (which starts it if the entry did not).
 */
import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { LiveResult } from './use-live-query';

interface Started {
  last: LiveResult<unknown>;
  listeners: Set<(result: LiveResult<unknown>) => void>;
  stop: () => void;
}

const started = new Map<string, Started>();

/** Starts (once per key) a live query whose results are kept until a component takes them. */
export function startLiveQuery<T>(key: string, query: () => Promise<T>): void {
  if (started.has(key)) return;
  const entry: Started = { last: { status: 'loading' }, listeners: new Set(), stop: () => {} };
  started.set(key, entry);
  const tell = (result: LiveResult<unknown>) => {
    entry.last = result;
    for (const listener of entry.listeners) listener(result);
  };
  const subscription = liveQuery(query).subscribe({
    next: (value) => tell({ status: 'ready', value }),
    error: (error: unknown) =>
      tell({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
  });
  entry.stop = () => subscription.unsubscribe();
}

/** The results of the live query started under `key` (started here if it was not), kept current. */
export function useStartedLiveQuery<T>(key: string, query: () => Promise<T>): LiveResult<T> {
  startLiveQuery(key, query);
  const [result, setResult] = useState(() => started.get(key)!.last as LiveResult<T>);
  useLayoutEffect(() => {
    startLiveQuery(key, query);
    const entry = started.get(key)!;
    const listener = (next: LiveResult<unknown>) => setResult(next as LiveResult<T>);
    listener(entry.last);
    entry.listeners.add(listener);
    return () => {
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0) {
        entry.stop();
        started.delete(key);
      }
    };
  }, [key]); // the key names what the query reads
  return result;
}
