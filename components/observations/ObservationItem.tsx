/** One observation in the sidebar list: kind, where it is (or "Not found on this page"), text, tags, actions. */
import type { Observation } from '@/lib/model/observation';
import { EVIDENCE_SOURCE_LABELS, KIND_LABELS } from '@/lib/model/observation-kinds';
import type { Template } from '@/lib/model/template';
import { factorLabel } from '@/lib/audit/factors';
import { gradeLabel } from '@/lib/audit/scales';
import { sectionScale } from '@/lib/model/template';
import { formatDateTime } from '../format';
import { TargetSummary, targetKind } from './TargetSummary';
import { EditTrail } from './EditTrail';
import { useState } from 'preact/hooks';
import type { Reply } from '@/lib/model/reply';
import { ReplyThread } from '../replies/ReplyThread';

export type AnchorState = 'anchored' | 'orphan' | 'finding' | 'page';

interface Props {
  observation: Observation;
  template: Template | null;
  state: AnchorState;
  focused: boolean;
  /** Its replies, oldest first. */
  replies: Reply[];
  /** The conversation records that speak to it, in words ("Discussed with … on …"). */
  discussedIn?: string[];
  /** Who the sidebar records as (null while loading). */
  author: string | null;
  onShow(): void;
  onEdit(): void;
  onDelete(): void;
}

export function ObservationItem({
  observation,
  template,
  state,
  focused,
  replies,
  discussedIn = [],
  author,
  onShow,
  onEdit,
  onDelete,
}: Props) {
  const section = template?.sections.find((candidate) => candidate.id === observation.sectionId);
  const label = `${KIND_LABELS[observation.kind]}: ${observation.comment.slice(0, 60)}`;
  const [showHistory, setShowHistory] = useState(false);
  const edited = observation.updatedAt !== observation.createdAt;
  return (
    <li
      class={`observation kind-${observation.kind}${focused ? ' focused' : ''}`}
      id={`observation-${observation.id}`}
      tabIndex={-1}
      aria-label={label}
    >
      <p class="row spread">
        <span class={`kind-badge kind-${observation.kind}`}>{KIND_LABELS[observation.kind]}</span>
        {state === 'orphan' && <span class="orphan-badge">Not found on this page</span>}
        {state === 'finding' && <span class="muted small">Finding in page…</span>}
      </p>
      {targetKind(observation.target) !== 'page' && <TargetSummary target={observation.target} />}
      <p class="note-text">{observation.comment}</p>
      {(section || observation.grade) && (
        <p class="meta">
          {section?.title}
          {section && observation.grade && template
            ? ` · ${gradeLabel(sectionScale(template, section), observation.grade)}`
            : ''}
        </p>
      )}
      {observation.factors.length > 0 && (
        <ul class="tags" aria-label="Contributory factors">
          {observation.factors.map((tag) => (
            <li key={`${tag.factor}/${tag.subItem ?? ''}`}>{factorLabel(tag.factor, tag.subItem)}</li>
          ))}
        </ul>
      )}
      {observation.followUp && <p class="meta">Follow-up: {observation.followUp}</p>}
      {observation.evidence?.map((cited) => (
        <p class="meta" key={cited.ref}>
          Cites {cited.kind === 'friction-flag' ? 'a friction flag' : 'friction signals'}: {cited.summary}
        </p>
      ))}
      {discussedIn.map((words) => (
        <p class="meta discussed" key={words}>
          {words}
        </p>
      ))}
      <p class="meta">
        {EVIDENCE_SOURCE_LABELS[observation.evidenceSource]} · {observation.author || 'Unnamed auditor'} ·{' '}
        {edited ? 'edited ' : ''}
        {formatDateTime(observation.updatedAt)}
      </p>
      {showHistory && (
        <EditTrail
          observation={observation}
          repliesStamp={replies.map((reply) => `${reply.id}@${reply.updatedAt}`).join()}
        />
      )}
      <div class="row actions">
        {state === 'anchored' && (
          <button type="button" class="link" onClick={onShow} aria-label={`Show in record: ${label}`}>
            Show in record
          </button>
        )}
        <button type="button" class="link" onClick={onEdit} aria-label={`Edit: ${label}`}>
          Edit
        </button>
        <button type="button" class="link" onClick={onDelete} aria-label={`Delete: ${label}`}>
          Delete
        </button>
        <button
          type="button"
          class="link"
          aria-expanded={showHistory}
          onClick={() => setShowHistory(!showHistory)}
          aria-label={`History: ${label}`}
        >
          History
        </button>
      </div>
      <ReplyThread observationId={observation.id} label={label} replies={replies} author={author} />
    </li>
  );
}
