/**
 * Subscribes a component to a Dexie live query: re-renders whenever the data it read changes, in this
 * page or in any other context of the extension (the background writes, the sidebar shows).
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveResult<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/** `enabled` false: nothing is read (status `loading`) until it turns true. */
export function useLiveQuery<T>(
  query: () => Promise<T>,
  deps: readonly unknown[],
  enabled = true,
): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useEffect(() => {
    if (!enabled) return;
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ status: 'ready', value }),
      error: (error: unknown) =>
        setResult({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    });
    return () => subscription.unsubscribe();
  }, [...deps, enabled]); // the caller lists what the query depends on, as with useEffect
  return result;
}
