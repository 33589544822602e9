/**
 * Subscribes a component to data it asks the background for: loads once, then again whenever the
 * background announces that one of `tables` changed. For the sidebar, which cannot open IndexedDB itself
 * (see lib/storage/changes.ts); full-tab extension pages use `useLiveQuery` instead.
 */
import { useEffect, useState } from 'preact/hooks';
import { watchTable } from '@/lib/storage/watch-table';
import type { LiveResult } from './use-live-query';

export function useBackgroundQuery<T>(
  tables: string | string[],
  load: () => Promise<T>,
  deps: readonly unknown[],
): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    let latest = 0;
    const reload = () => {
      const call = ++latest;
      load().then(
        (value) => call === latest && !controller.signal.aborted && setResult({ status: 'ready', value }),
        (error: unknown) =>
          call === latest &&
          !controller.signal.aborted &&
          setResult({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
    };
    for (const table of Array.isArray(tables) ? tables : [tables])
      watchTable(table, reload, controller.signal);
    reload();
    return () => controller.abort();
  }, deps); // the caller lists what the query depends on, as with useEffect
  return result;
}
