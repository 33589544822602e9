/**
 * For the sidebar's observation list: which conversation records speak to each observation, in words
 * ("Discussed with Parent or carer on 2026-12-05"), so an auditor sees on the observation itself that
 * it was talked through. Reads the conversations of the observations' audits through the background
 * and follows their changes. Names are left out: the record itself shows them where they were added.
 */
import { request } from '@/lib/messaging/client';
import { CONVERSATION_ROLE_LABELS } from '@/lib/model/conversation';
import type { Observation } from '@/lib/model/observation';
import { useBackgroundQuery } from '../use-background-query';

/** Observation id → the conversations that link it, oldest first, in words. */
export function useDiscussedIn(observations: readonly Observation[]): Map<string, string[]> {
  const auditIds = [...new Set(observations.flatMap((o) => (o.auditId ? [o.auditId] : [])))].sort();
  const found = useBackgroundQuery(
    'conversations',
    async () => {
      const lists = await Promise.all(
        auditIds.map(
          async (auditId) => (await request({ type: 'conversation/list', auditId })).conversations,
        ),
      );
      return lists
        .flat()
        .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
    },
    [auditIds.join()],
  );
  const discussed = new Map<string, string[]>();
  if (found.status !== 'ready') return discussed;
  for (const conversation of found.value) {
    const words = `Discussed with ${CONVERSATION_ROLE_LABELS[conversation.withRole]} on ${conversation.date}`;
    for (const id of conversation.observationIds) discussed.set(id, [...(discussed.get(id) ?? []), words]);
  }
  return discussed;
}
