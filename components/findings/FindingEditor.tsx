/**
 * The finding editor: the statement, its pattern (factor and sub-item), the evidence with its counts
 * computed live, how widespread (the QA lead's judgement beside the counts), why it matters, questions
 * for the board and actions with owner and date. Saved whole or refused whole with the problems listed.
 */
import { useMemo, useState } from 'preact/hooks';
import { FACTORS } from '@/lib/audit/factors';
import type { EvidenceItem } from '@/lib/learning/evidence-items';
import { findingCounts, type EvidenceIndex } from '@/lib/learning/finding-counts';
import { WIDESPREAD, WIDESPREAD_LABELS, type FindingScope } from '@/lib/model/finding';
import { getDb } from '@/lib/storage/db';
import { saveFinding } from '@/lib/storage/findings';
import { currentAuthor } from '@/lib/settings/settings';
import { ErrorSummary } from '../rounds/bits';
import { errorText } from '../error-text';
import { useFocusOnMount } from '../use-focus-on-mount';
import { CountsLine } from './CountsLine';
import { EvidencePicker } from './EvidencePicker';
import { fieldsOf, type Draft } from './draft';

export function FindingEditor(props: {
  initial: Draft;
  scope: FindingScope;
  index: EvidenceIndex;
  items: readonly EvidenceItem[];
  onDone(saved: boolean): void;
}) {
  const { scope, index, items, onDone } = props;
  const [d, setD] = useState(props.initial);
  const [problems, setProblems] = useState<string[]>([]);
  const set = (patch: Partial<Draft>) => setD((prev) => ({ ...prev, ...patch }));
  const counts = useMemo(() => findingCounts(d.evidence, index), [d.evidence, index]);
  const factor = FACTORS.find((f) => f.id === d.factor);
  const heading = useFocusOnMount<HTMLHeadingElement>();

  async function save(event: Event) {
    event.preventDefault();
    try {
      const result = await saveFinding(getDb(), fieldsOf(d, scope), await currentAuthor(), d.id);
      if (!result.ok) return setProblems(result.problems);
      onDone(true);
    } catch (error) {
      setProblems([errorText(error)]);
    }
  }
  const action = (i: number, patch: Partial<Draft['actions'][number]>) =>
    set({ actions: d.actions.map((a, j) => (j === i ? { ...a, ...patch } : a)) });

  return (
    <form class="card finding-editor" aria-labelledby="finding-editor-heading" onSubmit={(e) => void save(e)}>
      <h2 id="finding-editor-heading" tabIndex={-1} ref={heading}>
        {d.id ? 'Change the finding' : 'New finding'}
      </h2>
      <ErrorSummary problems={problems} title="The finding was not saved" />
      <div class="field">
        <label for="finding-statement">Finding</label>
        <p class="hint" id="finding-statement-hint">
          A systemic statement: a mechanism and its consequence, never the blame of a person.
        </p>
        <textarea
          id="finding-statement"
          aria-describedby="finding-statement-hint"
          rows={3}
          value={d.statement}
          onInput={(e) => set({ statement: e.currentTarget.value })}
        />
      </div>
      <div class="row">
        <div class="field">
          <label for="finding-factor">Underlying pattern</label>
          <select
            id="finding-factor"
            value={d.factor}
            onChange={(e) => set({ factor: e.currentTarget.value, subItem: '' })}
          >
            {FACTORS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="finding-sub-item">Within it</label>
          <select
            id="finding-sub-item"
            value={d.subItem}
            onChange={(e) => set({ subItem: e.currentTarget.value })}
          >
            <option value="">(the factor as a whole)</option>
            {factor?.subItems.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <EvidencePicker items={items} chosen={d.evidence} onChange={(evidence) => set({ evidence })} />
      <CountsLine counts={counts} live />
      <div class="row">
        <div class="field">
          <label for="finding-widespread">How widespread, in your judgement</label>
          <select
            id="finding-widespread"
            value={d.judgement}
            onChange={(e) => set({ judgement: e.currentTarget.value as Draft['judgement'] })}
          >
            <option value="">Not judged yet</option>
            {WIDESPREAD.map((w) => (
              <option key={w} value={w}>
                {WIDESPREAD_LABELS[w]}
              </option>
            ))}
          </select>
        </div>
        <div class="field grow">
          <label for="finding-widespread-note">Why you judge it so</label>
          <input
            id="finding-widespread-note"
            value={d.note}
            onInput={(e) => set({ note: e.currentTarget.value })}
          />
        </div>
      </div>
      <div class="field">
        <label for="finding-why">Why it matters</label>
        <textarea
          id="finding-why"
          rows={3}
          value={d.whyItMatters}
          onInput={(e) => set({ whyItMatters: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="finding-questions">Questions for the board (one a line)</label>
        <textarea
          id="finding-questions"
          rows={3}
          value={d.questions}
          onInput={(e) => set({ questions: e.currentTarget.value })}
        />
      </div>
      <fieldset>
        <legend>Actions</legend>
        {d.actions.map((a, i) => (
          <div class="row action-row" key={i}>
            <div class="field grow">
              <label for={`action-${i}-text`}>Action {i + 1}</label>
              <input
                id={`action-${i}-text`}
                value={a.text}
                onInput={(e) => action(i, { text: e.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for={`action-${i}-owner`}>Owner</label>
              <input
                id={`action-${i}-owner`}
                value={a.owner}
                onInput={(e) => action(i, { owner: e.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for={`action-${i}-due`}>Due by</label>
              <input
                id={`action-${i}-due`}
                type="date"
                value={a.dueOn}
                onInput={(e) => action(i, { dueOn: e.currentTarget.value })}
              />
            </div>
            <button
              type="button"
              class="secondary"
              aria-label={`Remove action ${i + 1}`}
              onClick={() => set({ actions: d.actions.filter((_, j) => j !== i) })}
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          class="secondary"
          onClick={() => set({ actions: [...d.actions, { text: '', owner: '', dueOn: '' }] })}
        >
          Add an action
        </button>
      </fieldset>
      <div class="field">
        <label for="finding-status">Status</label>
        <select
          id="finding-status"
          value={d.status}
          onChange={(e) => set({ status: e.currentTarget.value as Draft['status'] })}
        >
          <option value="draft">Draft</option>
          <option value="agreed">Agreed</option>
        </select>
      </div>
      <div class="row">
        <button type="submit">Save the finding</button>
        <button type="button" class="secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
