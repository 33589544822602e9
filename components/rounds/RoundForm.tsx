/** The round's plan: name, theme, purpose, template, period and owner. Creates a round or changes one. */
import { useState } from 'preact/hooks';
import { getDb } from '@/lib/storage/db';
import { createRound, updateRound, type RoundFields } from '@/lib/storage/rounds';
import { latestTemplates } from '@/lib/storage/templates';
import type { Round } from '@/lib/model/round';
import { errorText } from '../error-text';
import { useLiveQuery } from '../use-live-query';
import { ErrorSummary } from './bits';

const EMPTY: RoundFields = {
  name: '',
  theme: '',
  purpose: '',
  templateId: '',
  opensOn: '',
  closesOn: '',
  owner: '',
};

export function RoundForm({ round, onSaved }: { round?: Round; onSaved: (round: Round) => void }) {
  const templates = useLiveQuery(() => latestTemplates(getDb()), []);
  const [fields, setFields] = useState<RoundFields>(() => {
    if (!round) return EMPTY;
    const { id: _id, status: _status, moderation: _moderation, ...rest } = round;
    return rest;
  });
  const [problems, setProblems] = useState<string[]>([]);
  const set = (key: keyof RoundFields) => (event: Event) =>
    setFields({ ...fields, [key]: (event.currentTarget as HTMLInputElement).value });
  const templateList = templates.status === 'ready' ? templates.value : [];
  const chosenTemplate = fields.templateId || templateList[0]?.id || '';

  async function save(event: Event) {
    event.preventDefault();
    try {
      const input = { ...fields, templateId: chosenTemplate };
      const result = round ? await updateRound(getDb(), round.id, input) : await createRound(getDb(), input);
      if (result.ok) {
        setProblems([]);
        onSaved(result.value);
      } else setProblems(result.problems);
    } catch (error) {
      setProblems([errorText(error)]);
    }
  }

  const text = (key: keyof RoundFields, label: string, hint?: string, type: 'text' | 'date' = 'text') => (
    <div class="field">
      <label for={`round-${key}`}>{label}</label>
      {hint && (
        <p class="hint" id={`round-${key}-hint`}>
          {hint}
        </p>
      )}
      {type === 'date' ? (
        <input
          id={`round-${key}`}
          type="date"
          value={fields[key]}
          onInput={set(key)}
          aria-describedby={hint ? `round-${key}-hint` : undefined}
        />
      ) : (
        <input
          id={`round-${key}`}
          type="text"
          value={fields[key]}
          onInput={set(key)}
          aria-describedby={hint ? `round-${key}-hint` : undefined}
        />
      )}
    </div>
  );

  return (
    <form onSubmit={save} noValidate>
      <ErrorSummary problems={problems} />
      <div class="form-grid">
        {text('name', 'Round name', 'For example: Voice of the child, July to September')}
        {text('theme', 'Theme')}
        {text('owner', 'Owner', 'Who runs the round: your name or reference')}
        <div class="field">
          <label for="round-templateId">Template</label>
          <select id="round-templateId" value={chosenTemplate} onChange={set('templateId')}>
            {templateList.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
              </option>
            ))}
          </select>
        </div>
        {text('opensOn', 'Opens on', undefined, 'date')}
        {text('closesOn', 'Closes on', 'Assignments are due on this day unless you give another', 'date')}
        <div class="field wide">
          <label for="round-purpose">Purpose</label>
          <textarea id="round-purpose" rows={3} value={fields.purpose} onInput={set('purpose')} />
        </div>
      </div>
      <button type="submit">{round ? 'Save the plan' : 'Plan the round'}</button>
    </form>
  );
}
