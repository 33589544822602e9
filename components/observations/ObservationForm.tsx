/**
 * Writing or editing an observation: what it points at, its kind, section and grade, the observation
 * itself, the evidence source, contributory factors and a follow-up action. Ctrl+Enter saves, Esc cancels.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import {
  EVIDENCE_SOURCE_LABELS,
  EVIDENCE_SOURCES,
  KIND_LABELS,
  OBSERVATION_KINDS,
} from '@/lib/model/observation-kinds';
import type { Observation, ObservationFields, ObservationTarget } from '@/lib/model/observation';
import { sectionScale, type Template } from '@/lib/model/template';
import type { Audit } from '@/lib/model/audit';
import { GradeSelect } from '../audit/GradeSelect';
import { errorText } from '../error-text';
import { FactorPicker } from './FactorPicker';
import { TargetSummary } from './TargetSummary';
import { useFocusOnMount } from '../use-focus-on-mount';
import { dropDraft, keepDraft } from '@/lib/audit/observation-drafts';
import { pageKey } from '@/lib/model/page-context';

/** How long typing pauses before the draft is kept. */
const DRAFT_DELAY_MS = 400;

interface Props {
  target: ObservationTarget;
  existing: Observation | null;
  audit: { audit: Audit; template: Template } | null;
  defaultSectionId: string | null;
  /** Fields to start a new observation with (e.g. when citing friction evidence). */
  preset?: Partial<ObservationFields>;
  onDone(saved: Observation | null): void;
}

function initialFields(
  existing: Observation | null,
  audit: Props['audit'],
  sectionId: string | null,
  preset: Partial<ObservationFields> = {},
): ObservationFields {
  if (existing) {
    const { id: _i, target: _t, pageKey: _p, author: _a, createdAt: _c, updatedAt: _u, ...fields } = existing;
    return fields;
  }
  return {
    auditId: audit?.audit.id ?? null,
    ...(audit && sectionId ? { sectionId } : {}),
    kind: 'strength',
    comment: '',
    evidenceSource: 'case-record',
    factors: [],
    ...preset,
  };
}

export function ObservationForm({ target, existing, audit, defaultSectionId, preset, onDone }: Props) {
  const [fields, setFields] = useState<ObservationFields>(() =>
    initialFields(existing, audit, defaultSectionId, preset),
  );
  const [error, setError] = useState<string | null>(null);
  // Opened by a click, Enter or Alt+O in the sidebar: typing goes straight into the observation.
  const commentRef = useFocusOnMount<HTMLTextAreaElement>();
  const set = (change: Partial<ObservationFields>) => setFields((current) => ({ ...current, ...change }));
  // A new observation is kept as the screen's draft while it is written (see observation-drafts.ts),
  // and once more when the form closes unsaved (the screen changed), so no keystroke is lost.
  const screen = pageKey(target.page);
  const latest = useRef({ fields, finished: false });
  latest.current.fields = fields;
  const keep = (now: ObservationFields) =>
    now.comment.trim() !== '' || Boolean(now.followUp?.trim())
      ? keepDraft(screen, { target, fields: now })
      : dropDraft(screen);
  useEffect(() => {
    if (existing) return;
    const timer = setTimeout(() => void keep(fields), DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [fields]);
  useEffect(
    () => () => {
      if (!existing && !latest.current.finished) void keep(latest.current.fields);
    },
    [],
  );
  const section = audit?.template.sections.find((candidate) => candidate.id === fields.sectionId);
  const finish = (saved: Observation | null) => {
    latest.current.finished = true;
    if (!existing) void dropDraft(screen);
    onDone(saved);
  };

  async function save(event?: Event) {
    event?.preventDefault();
    const clean: ObservationFields = {
      ...fields,
      ...(fields.followUp?.trim() ? {} : { followUp: undefined }),
    };
    try {
      const { observation } = existing
        ? await request({
            type: 'observation/update',
            id: existing.id,
            fields: clean,
            expectedUpdatedAt: existing.updatedAt,
          })
        : await request({ type: 'observation/create', fields: clean, target });
      finish(observation);
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  return (
    <form
      class="card observation-form"
      aria-labelledby="observation-form-heading"
      onSubmit={save}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save(event);
        if (event.key === 'Escape') finish(null);
      }}
    >
      <h2 id="observation-form-heading">{existing ? 'Edit observation' : 'New observation'}</h2>
      <TargetSummary target={target} />
      <fieldset class="kinds">
        <legend>Kind</legend>
        {OBSERVATION_KINDS.map((kind) => (
          <label class="choice" key={kind}>
            <input type="radio" name="kind" checked={fields.kind === kind} onChange={() => set({ kind })} />{' '}
            {KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      {audit && (
        <div class="field">
          <label for="observation-section">Template section</label>
          <select
            id="observation-section"
            value={fields.sectionId ?? ''}
            onChange={(event) => set({ sectionId: event.currentTarget.value || undefined, grade: undefined })}
          >
            <option value="">No section</option>
            {audit.template.sections.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title}
              </option>
            ))}
          </select>
        </div>
      )}
      {audit && section && (
        <GradeSelect
          id="observation-grade"
          label="Grade"
          scale={sectionScale(audit.template, section)}
          value={fields.grade}
          onChange={(grade) => set({ grade })}
        />
      )}
      <div class="field">
        <label for="observation-comment">Observation</label>
        <textarea
          id="observation-comment"
          rows={4}
          value={fields.comment}
          onInput={(event) => set({ comment: event.currentTarget.value })}
          ref={commentRef}
        />
      </div>
      <div class="field">
        <label for="observation-source">Evidence source</label>
        <select
          id="observation-source"
          value={fields.evidenceSource}
          onChange={(event) =>
            set({ evidenceSource: event.currentTarget.value as ObservationFields['evidenceSource'] })
          }
        >
          {EVIDENCE_SOURCES.map((source) => (
            <option key={source} value={source}>
              {EVIDENCE_SOURCE_LABELS[source]}
            </option>
          ))}
        </select>
      </div>
      <FactorPicker value={fields.factors} onChange={(factors) => set({ factors })} />
      <div class="field">
        <label for="observation-follow-up">Follow-up action (optional)</label>
        <textarea
          id="observation-follow-up"
          rows={2}
          value={fields.followUp ?? ''}
          onInput={(event) => set({ followUp: event.currentTarget.value })}
        />
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit">Save</button>
        <button type="button" class="secondary" onClick={() => finish(null)}>
          Cancel
        </button>
        <span class="muted small">Ctrl+Enter saves · Esc cancels</span>
      </div>
      {!existing && <p class="muted small">Kept as a draft on this device until you save or cancel it.</p>}
    </form>
  );
}
