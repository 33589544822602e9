/**
 * The first auditor's view of their moderated audits: import the QA lead's outcomes file, then see, per
 * audit, their grade, the moderator's, and the agreed outcome with the reason.
 */
import { useState } from 'preact/hooks';
import { gradeLabel } from '@/lib/audit/scales';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import { verifyModerationOutcomes } from '@/lib/moderation/pack';
import { getDb } from '@/lib/storage/db';
import { saveOutcomes } from '@/lib/storage/moderation';
import { useLiveQuery } from '../use-live-query';

/** Grade labels of the built-in scales (a custom scale's values show as they are). */
const label = (value: string | undefined) => gradeLabel(BUILTIN_TEMPLATES[0]!.scale, value);

export function MyOutcomes() {
  const [problem, setProblem] = useState('');
  const records = useLiveQuery(
    () =>
      getDb()
        .moderations.filter((r) => !!r.agreed)
        .toArray(),
    [],
  );

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await verifyModerationOutcomes(await file.text(), { fileName: file.name });
    if (!read.ok) return setProblem(read.error);
    await saveOutcomes(getDb(), read.file);
    setProblem('');
  }

  return (
    <section class="card" aria-labelledby="outcomes-heading">
      <h2 id="outcomes-heading">Moderation of my audits</h2>
      {problem && (
        <p role="alert" class="error">
          {problem}
        </p>
      )}
      <label>
        Import moderation outcomes
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </label>
      {records.status === 'ready' && records.value.length > 0 && (
        <ul>
          {records.value.map((r) => (
            <li key={r.auditId}>
              Your grade {label(r.first.overall)}, the moderator's {label(r.second?.overall)}; agreed{' '}
              <strong>{label(r.agreed!.overall)}</strong> because: {r.agreed!.rationale}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
