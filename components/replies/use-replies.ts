/**
 * The replies of the observations on the sidebar's screen, by observation and oldest first, kept
 * current through the background (the sidebar cannot open IndexedDB itself).
 */
import { useMemo } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import type { Reply } from '@/lib/model/reply';
import { useBackgroundQuery } from '../use-background-query';

export function useReplies(observationIds: readonly string[]): Map<string, Reply[]> {
  const key = observationIds.join(',');
  const list = useBackgroundQuery(
    'replies',
    async () =>
      observationIds.length === 0
        ? []
        : (await request({ type: 'reply/list', observationIds: [...observationIds] })).replies,
    [key],
  );
  return useMemo(() => {
    const byObservation = new Map<string, Reply[]>();
    if (list.status !== 'ready') return byObservation;
    for (const reply of list.value)
      byObservation.set(reply.observationId, [...(byObservation.get(reply.observationId) ?? []), reply]);
    return byObservation;
  }, [list]);
}
