/** The report's conversation records (only when the reader chose to include them), under the case they belong to. */
import type { Audit } from '@/lib/model/audit';
import {
  CONSENT_LABELS,
  CONVERSATION_MODE_LABELS,
  CONVERSATION_PROMPTS,
  CONVERSATION_ROLE_LABELS,
  PROMPT_LABELS,
  type Conversation,
} from '@/lib/model/conversation';
import { factorLabel } from '@/lib/audit/factors';

export function ReportConversations({
  conversations,
  audits,
}: {
  conversations: Conversation[];
  audits: Audit[];
}) {
  const caseOf = new Map(audits.map((a) => [a.id, a.caseRef.personId]));
  return (
    <section class="card" aria-labelledby="report-conversations-heading">
      <h2 id="report-conversations-heading">Conversations</h2>
      {conversations.length === 0 && <p class="muted">No conversation records for these audits.</p>}
      {conversations.map((c) => (
        <article key={c.id} class="conversation">
          <h3>
            {caseOf.get(c.auditId) ?? 'Audit'}: {c.date}, {CONVERSATION_ROLE_LABELS[c.withRole]}
            {c.name ? ` (${c.name})` : ''}
          </h3>
          <p class="muted small">
            {CONVERSATION_MODE_LABELS[c.mode]}
            {c.consent ? ` · ${CONSENT_LABELS[c.consent]}` : ''} · recorded by {c.author || 'someone unnamed'}
          </p>
          <dl>
            {CONVERSATION_PROMPTS.filter((p) => c.prompts[p]).map((p) => (
              <div key={p}>
                <dt>{PROMPT_LABELS[p].label}</dt>
                <dd class="note-text">{c.prompts[p]}</dd>
              </div>
            ))}
          </dl>
          {c.factors.length > 0 && (
            <p class="small">Factors: {c.factors.map((f) => factorLabel(f.factor, f.subItem)).join('; ')}</p>
          )}
        </article>
      ))}
    </section>
  );
}
