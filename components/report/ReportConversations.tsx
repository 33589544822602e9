/** The report's conversation records (only when the reader chose to include them), under the case they belong to. */
import type { Audit } from '@/lib/model/audit';
import { CONVERSATION_ROLE_LABELS, type Conversation } from '@/lib/model/conversation';
import { ConversationBody } from '../conversations/ConversationBody';

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
          <ConversationBody conversation={c} />
        </article>
      ))}
    </section>
  );
}
