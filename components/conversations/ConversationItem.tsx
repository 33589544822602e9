/** One conversation record in a list: when, with whom, how, consent, what was heard, tags and links; edit and delete. */
import { CONVERSATION_ROLE_LABELS, type Conversation } from '@/lib/model/conversation';
import type { Observation } from '@/lib/model/observation';
import { KIND_LABELS } from '@/lib/model/observation-kinds';
import type { Template } from '@/lib/model/template';
import { ConversationBody } from './ConversationBody';

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
      </p>
      <ConversationBody conversation={c} />
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
