/**
 * The round report's moderation section: how many audits were moderated, agreement with its
 * intervals, and what moderation changed and why (components/moderation/ModerationSummary.tsx). First
 * auditors are pseudonymised with the rest of the report when the privacy choice says so. Nothing is
 * shown while the round has no moderation.
 */
import { useEffect, useState } from 'preact/hooks';
import { getDb } from '@/lib/storage/db';
import { getPseudonymKey, pseudonym } from '@/lib/export/pseudonym';
import type { ModerationRecord } from '@/lib/model/moderation';
import type { Template } from '@/lib/model/template';
import { ModerationSummary } from '../moderation/ModerationSummary';
import { useLiveQuery } from '../use-live-query';

export function RoundModeration({
  roundId,
  templates,
  pseudonymise,
}: {
  roundId: string;
  templates: readonly Template[];
  pseudonymise: boolean;
}) {
  const stored = useLiveQuery(async () => {
    const db = getDb();
    const round = await db.rounds.get(roundId);
    const records = await db.moderations.where('roundId').equals(roundId).toArray();
    return { templateId: round?.templateId, records };
  }, [roundId]);
  const [records, setRecords] = useState<ModerationRecord[] | null>(null);
  useEffect(() => {
    if (stored.status !== 'ready') return;
    let current = true;
    void (async () => {
      const { records: raw } = stored.value;
      if (!pseudonymise) return current && setRecords(raw);
      const key = await getPseudonymKey();
      const named = await Promise.all(
        raw.map(async (r) => ({ ...r, auditor: await pseudonym(key, 'author', r.auditor) })),
      );
      if (current) setRecords(named);
    })();
    return () => {
      current = false;
    };
  }, [stored, pseudonymise]);
  if (stored.status !== 'ready' || records === null || records.length === 0) return null;
  const template = templates.find((t) => t.id === stored.value.templateId);
  if (!template) return null;
  return <ModerationSummary records={records} template={template} />;
}
