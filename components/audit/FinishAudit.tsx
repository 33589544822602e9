/** Finishing the active audit with an overall grade and summary (or reopening a finished one). */
import { useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import type { Audit } from '@/lib/model/audit';
import type { Template } from '@/lib/model/template';
import { gradeLabel } from '@/lib/audit/scales';
import { GradeSelect } from './GradeSelect';
import { errorText } from '../error-text';

export function FinishAudit({ audit, template }: { audit: Audit; template: Template }) {
  const scale = template.overallScale ?? template.scale;
  const [grade, setGrade] = useState(audit.overallGrade);
  const [summary, setSummary] = useState(audit.summary ?? '');
  const [error, setError] = useState<string | null>(null);

  async function finish(event: Event) {
    event.preventDefault();
    try {
      await request({
        type: 'audit/finish',
        auditId: audit.id,
        summary,
        ...(grade ? { overallGrade: grade } : {}),
      });
      setError(null);
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  if (audit.status === 'finished') {
    return (
      <div class="finished">
        <p role="status">
          Audit finished. Overall grade: <strong>{gradeLabel(scale, audit.overallGrade)}</strong>
        </p>
        {audit.summary && <p class="note-text">{audit.summary}</p>}
        <button
          type="button"
          class="secondary"
          onClick={() =>
            void request({ type: 'audit/reopen', auditId: audit.id }).catch((e: unknown) =>
              setError(errorText(e)),
            )
          }
        >
          Reopen audit
        </button>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
      </div>
    );
  }
  return (
    <form onSubmit={finish} aria-labelledby="finish-heading" class="finish">
      <h3 id="finish-heading">Finish the audit</h3>
      <GradeSelect id="overall-grade" label="Overall grade" scale={scale} value={grade} onChange={setGrade} />
      <div class="field">
        <label for="audit-summary">Summary</label>
        <textarea
          id="audit-summary"
          rows={3}
          value={summary}
          onInput={(event) => setSummary(event.currentTarget.value)}
        />
      </div>
      <button type="submit">Finish audit</button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </form>
  );
}
