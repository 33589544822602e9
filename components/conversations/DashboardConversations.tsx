/**
 * The dashboard's conversation records: how many each audit has, and, for the audit the QA lead or
 * auditor picks, its records with the same form as the sidebar's, for a conversation held after a call.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Audit } from '@/lib/model/audit';
import type { TemplateBook } from '@/lib/dashboard/labels';
import { getDb } from '@/lib/storage/db';
import { plural } from '../format';
import { useLiveQuery } from '../use-live-query';
import { ConversationsPanel } from './ConversationsPanel';

/** An audit in words for the picker: case, template, auditor, date started. */
function auditName(audit: Audit, book: TemplateBook): string {
  const template = book.find(audit.templateId, audit.templateVersion)?.name ?? audit.templateId;
  return `${audit.caseRef.personId} · ${template} · ${audit.auditor || 'unnamed auditor'} · ${audit.startedAt.slice(0, 10)}`;
}

export function DashboardConversations({ audits, book }: { audits: Audit[]; book: TemplateBook }) {
  const counts = useLiveQuery(async () => {
    const byAudit = new Map<string, number>();
    await getDb().conversations.each((c) => byAudit.set(c.auditId, (byAudit.get(c.auditId) ?? 0) + 1));
    return byAudit;
  }, []);
  const sorted = useMemo(() => [...audits].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), [audits]);
  const [chosen, setChosen] = useState<string>('');
  const audit = sorted.find((candidate) => candidate.id === chosen);
  const count = (id: string) => (counts.status === 'ready' ? (counts.value.get(id) ?? 0) : 0);
  const total = counts.status === 'ready' ? [...counts.value.values()].reduce((a, b) => a + b, 0) : 0;
  return (
    <section class="card" aria-labelledby="dashboard-conversations-heading">
      <h2 id="dashboard-conversations-heading">Conversation records ({total})</h2>
      <p class="muted">
        Conversations with practitioners and families, by audit. Pick an audit to read its records or to
        record a conversation held after a call.
      </p>
      {sorted.length === 0 ? (
        <p class="muted">No audits yet: a conversation record belongs to an audit.</p>
      ) : (
        <div class="field">
          <label for="conversation-audit">Audit</label>
          <select
            id="conversation-audit"
            value={chosen}
            onChange={(event) => setChosen(event.currentTarget.value)}
          >
            <option value="">Choose an audit…</option>
            {sorted.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {auditName(candidate, book)} ({plural(count(candidate.id), 'conversation')})
              </option>
            ))}
          </select>
        </div>
      )}
      {audit && (
        <ConversationsPanel
          auditId={audit.id}
          template={book.find(audit.templateId, audit.templateVersion) ?? null}
          idPrefix="dashboard-conversation"
        />
      )}
    </section>
  );
}
