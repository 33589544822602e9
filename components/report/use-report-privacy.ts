/**
 * The round report's privacy options, the same two every export offers (leave out quoted record text,
 * pseudonymise person IDs and names), applied to the audits, observations and replies before they are
 * shown or printed; and the report's provenance: who made it, when, with which Margin, holding what personal data.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Audit } from '@/lib/model/audit';
import type { Observation } from '@/lib/model/observation';
import type { Reply } from '@/lib/model/reply';
import type { ExportData, ExportOptions } from '@/lib/export/bundle-schema';
import { applyPrivacyWithConversations } from '@/lib/export/privacy';
import { withConversations } from '@/lib/export/conversation-export';
import type { Conversation } from '@/lib/model/conversation';
import { describePersonalData } from '@/lib/export/personal-data';
import { getPseudonymKey, pseudonym } from '@/lib/export/pseudonym';
import { currentAuthor } from '@/lib/settings/settings';

export interface ReportProvenance {
  madeBy: string;
  madeAt: string;
  version: string;
  personalData: string;
}

export interface PrivateReport {
  audits: Audit[];
  observations: Observation[];
  /** The replies of `observations`, by observation, oldest first. */
  replies: Map<string, Reply[]>;
  /** The chosen audits' conversation records, only when the reader chose to include them. */
  conversations: Conversation[];
  provenance: ReportProvenance;
}

/** One empty list, so a report without conversations does not re-run its effect on every render. */
const NONE: Conversation[] = [];

export function useReportPrivacy(
  audits: Audit[] | null,
  observations: Observation[] | null,
  replies: Reply[] | null,
  options: ExportOptions,
  conversations: Conversation[] = NONE,
): PrivateReport | null {
  const [result, setResult] = useState<PrivateReport | null>(null);
  useEffect(() => {
    if (!audits || !observations || !replies) return;
    const shownIds = new Set(observations.map((o) => o.id));
    let current = true;
    void (async () => {
      const data: ExportData = {
        filters: {},
        audits,
        observations,
        replies: replies.filter((r) => shownIds.has(r.observationId)),
        notes: [],
        templates: [],
        frictionFlags: [],
        frictionCounters: [],
      };
      const author = await currentAuthor();
      const key = options.pseudonymise ? await getPseudonymKey() : undefined;
      const auditIds = new Set(audits.map((a) => a.id));
      const ofAudits = conversations.filter((c) => auditIds.has(c.auditId));
      const { data: reduced, conversations: shownConversations } = await applyPrivacyWithConversations(
        data,
        ofAudits,
        options,
        key,
        [author],
      );
      const madeBy = key && author !== '' ? await pseudonym(key, 'author', author) : author;
      const statement = withConversations(
        describePersonalData(reduced, options, madeBy, 'This report'),
        shownConversations,
        options,
      );
      if (current)
        setResult({
          audits: reduced.audits,
          observations: reduced.observations,
          replies: byObservation(reduced.replies ?? []),
          conversations: shownConversations,
          provenance: {
            madeBy,
            madeAt: new Date().toISOString(),
            version: browser.runtime.getManifest().version,
            personalData: statement.summary,
          },
        });
    })();
    return () => {
      current = false;
    };
  }, [
    audits,
    observations,
    replies,
    conversations,
    options.redactQuotes,
    options.pseudonymise,
    options.includeConversations,
  ]);
  return result;
}

function byObservation(replies: Reply[]): Map<string, Reply[]> {
  const map = new Map<string, Reply[]>();
  const sorted = [...replies].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
  for (const reply of sorted) map.set(reply.observationId, [...(map.get(reply.observationId) ?? []), reply]);
  return map;
}
