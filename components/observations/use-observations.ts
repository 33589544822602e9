/**
 * The observations of the screen in the sidebar's tab, kept current, and sent to the in-page script to
 * anchor and paint whenever they (or the screen) change.
 */
import { useEffect } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import type { Observation } from '@/lib/model/observation';
import { toPage } from '@/lib/page-bridge/client';
import { useBackgroundQuery } from '../use-background-query';
import type { LiveResult } from '../use-live-query';

export function useObservations(tabId: number | null, key: string | null): LiveResult<Observation[]> {
  const list = useBackgroundQuery(
    'observations',
    async () => (key ? (await request({ type: 'observation/list', pageKey: key })).observations : []),
    [key],
  );
  useEffect(() => {
    if (tabId === null || key === null || list.status !== 'ready') return;
    const items = list.value
      .filter((observation) => observation.target.selectors.length > 0)
      .map(({ id, kind, target }) => ({ id, kind, selectors: target.selectors }));
    toPage(tabId, { type: 'anchors/set', pageKey: key, items }).catch((error: unknown) =>
      console.warn('Margin could not anchor observations in the page:', error),
    );
  }, [tabId, key, list]);
  return list;
}
