/** One conversation record in a list: when, with whom, how, consent, what was heard, tags and links; edit and delete. */
import {
  CONSENT_LABELS,
  CONVERSATION_MODE_LABELS,
  CONVERSATION_PROMPTS,
  CONVERSATION_ROLE_LABELS,
  PROMPT_LABELS,
  type Conversation,
} from '@/lib/model/conversation';
import type { Observation } from '@/lib/model/observation';
import { KIND_LABELS } from '@/lib/model/observation-kinds';
import type { Template } from '@/lib/model/template';
import { factorLabel } from '@/lib/audit/factors';

interface Props {
  conversation: Conversation;
  observations: Observation[];
  template: Template | null;
  onEdit(): void;
  onDelete(): void;
}

export function ConversationItem({ conversation: c, observations, template, onEdit, onDelete }: Props) {
  const who = CONVERSATION_ROLE_LABELS[c.withRole] + (c.name ? ` (${c.name})` : '');
  const title = `Conversation on ${c.date} with ${who}`;
  const linked = observations.filter((o) => c.observationIds.includes(o.id));
  const sections = (template?.sections ?? []).filter((s) => c.sectionIds.includes(s.id));
  return (
    <li class="conversation" aria-label={title}>
      <p>
        <strong>{title}</strong>
        <br />
        <span class="muted small">
          {CONVERSATION_MODE_LABELS[c.mode]}
          {c.consent ? ` · ${CONSENT_LABELS[c.consent]}` : ''} · recorded by {c.author || 'someone unnamed'}
        </span>
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
      {linked.length > 0 && (
        <div class="small">
          Linked observations:
          <ul>
            {linked.map((o) => (
              <li key={o.id}>
                {KIND_LABELS[o.kind]}: {o.comment.slice(0, 80)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {sections.length > 0 && <p class="small">Sections: {sections.map((s) => s.title).join('; ')}</p>}
      <div class="row">
        <button type="button" class="secondary" onClick={onEdit} aria-label={`Edit ${title}`}>
          Edit
        </button>
        <button type="button" class="secondary" onClick={onDelete} aria-label={`Delete ${title}`}>
          Delete
        </button>
      </div>
    </li>
  );
}
