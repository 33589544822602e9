/** What a conversation record says, as the sidebar, the dashboard and the report show it: how it was held, the prompts answered, the factors. */
import {
  CONSENT_LABELS,
  CONVERSATION_MODE_LABELS,
  CONVERSATION_PROMPTS,
  PROMPT_LABELS,
  type Conversation,
} from '@/lib/model/conversation';
import { factorLabel } from '@/lib/audit/factors';

export function ConversationBody({ conversation: c }: { conversation: Conversation }) {
  return (
    <>
      <p class="muted small">
        {CONVERSATION_MODE_LABELS[c.mode]}
        {c.consent ? ` · ${CONSENT_LABELS[c.consent]}` : ''} · recorded by {c.author || 'someone unnamed'}
      </p>
      <dl class="prompts">
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
    </>
  );
}
