/**
 * The moderated audits with the moderator's grades in: first and second grades side by side per section
 * and overall, and the agreed outcome (grade and why) recorded beside them, never over them.
 */
import { useState } from 'preact/hooks';
import { gradeLabel, scaleValues } from '@/lib/audit/scales';
import type { ModerationRecord } from '@/lib/model/moderation';
import type { Template } from '@/lib/model/template';
import { getDb } from '@/lib/storage/db';
import { saveOutcome } from '@/lib/storage/moderation';
import { errorText } from '../error-text';
import { downloadFile } from '../download';
import { buildModerationOutcomes, moderationFileText } from '@/lib/moderation/pack';
import type { Round } from '@/lib/model/round';

export function OutcomeList(props: { records: ModerationRecord[]; template: Template; round: Round }) {
  const { records, template, round } = props;
  const graded = records.filter((r) => r.second);
  if (records.length === 0) return null;
  const auditors = [...new Set(records.filter((r) => r.agreed).map((r) => r.auditor))].sort();

  async function download(auditor: string) {
    const file = await buildModerationOutcomes({ round, auditor, records, now: new Date().toISOString() });
    if (file) downloadFile(`margin-moderation-outcomes-${auditor}.json`, moderationFileText(file));
  }

  return (
    <>
      <h3>Moderated audits</h3>
      <p>
        {graded.length} of {records.length} audits graded by the moderator.
      </p>
      {graded.map((record) => (
        <Outcome key={record.auditId} record={record} template={template} />
      ))}
      {auditors.map((auditor) => (
        <button key={auditor} type="button" class="secondary" onClick={() => void download(auditor)}>
          Download the outcomes for {auditor}
        </button>
      ))}
    </>
  );
}

function Outcome({ record, template }: { record: ModerationRecord; template: Template }) {
  const scale = template.overallScale ?? template.scale;
  const [grade, setGrade] = useState(record.second?.overall ?? '');
  const [rationale, setRationale] = useState('');
  const [problem, setProblem] = useState('');
  const rows = template.sections.map((s) => ({
    title: s.title,
    scale: s.scale ?? template.scale,
    first: record.first.sections[s.id],
    second: record.second?.sections[s.id],
  }));
  rows.push({ title: 'Overall grade', scale, first: record.first.overall, second: record.second?.overall });

  async function submit(event: Event) {
    event.preventDefault();
    if (!rationale.trim()) return setProblem('Say why this grade was agreed.');
    try {
      await saveOutcome(getDb(), record.auditId, {
        overall: grade || undefined,
        sections: {},
        rationale: rationale.trim(),
        agreedAt: new Date().toISOString(),
      });
      setProblem('');
    } catch (error) {
      setProblem(errorText(error));
    }
  }

  const id = `agree-${record.auditId}`;
  return (
    <article class="card" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>Audit by {record.auditor}</h4>
      <table>
        <caption>First and moderator's grades side by side</caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">First auditor</th>
            <th scope="col">Moderator</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.title}>
              <th scope="row">{row.title}</th>
              <td>{gradeLabel(row.scale, row.first)}</td>
              <td>{gradeLabel(row.scale, row.second)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {record.agreed ? (
        <p>
          Agreed: <strong>{gradeLabel(scale, record.agreed.overall)}</strong>. Why: {record.agreed.rationale}
        </p>
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          {problem && <p role="alert">{problem}</p>}
          <label for={`${id}-grade`}>Agreed overall grade</label>
          <select id={`${id}-grade`} value={grade} onChange={(e) => setGrade(e.currentTarget.value)}>
            <option value="">Not graded</option>
            {scaleValues(scale).map((v) => (
              <option key={v} value={v}>
                {gradeLabel(scale, v)}
              </option>
            ))}
          </select>
          <label for={`${id}-why`}>Why this grade was agreed</label>
          <textarea id={`${id}-why`} value={rationale} onInput={(e) => setRationale(e.currentTarget.value)} />
          <button type="submit">Record the agreed outcome</button>
        </form>
      )}
    </article>
  );
}
