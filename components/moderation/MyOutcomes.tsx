/**
 * The first auditor's view of their moderated audits: import the QA lead's outcomes file, then see, per
 * audit, their grade, the moderator's, and the agreed outcome with the reason.
 */
import { useState } from 'preact/hooks';
import { gradeLabel } from '@/lib/audit/scales';
import type { ModerationRecord } from '@/lib/model/moderation';
import type { GradingScale, Template } from '@/lib/model/template';
import { verifyModerationOutcomes } from '@/lib/moderation/pack';
import { getDb } from '@/lib/storage/db';
import { saveOutcomes } from '@/lib/storage/moderation';
import { findTemplate } from '@/lib/storage/templates';
import { useLiveQuery } from '../use-live-query';

/** Each record with its template's overall scale, so grades show in that template's own labels. */
async function withScales(records: ModerationRecord[]) {
  const db = getDb();
  const found = new Map<string, Template | undefined>();
  return Promise.all(
    records.map(async (record) => {
      const key = `${record.templateId}@${record.templateVersion}`;
      if (record.templateId && record.templateVersion && !found.has(key))
        found.set(key, await findTemplate(db, record.templateId, record.templateVersion));
      const template = found.get(key);
      const scale: GradingScale | undefined = template && (template.overallScale ?? template.scale);
      return { record, scale };
    }),
  );
}

export function MyOutcomes() {
  const [problem, setProblem] = useState('');
  const records = useLiveQuery(
    async () =>
      withScales(
        await getDb()
          .moderations.filter((r) => !!r.agreed)
          .toArray(),
      ),
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
          {records.value.map(({ record: r, scale }) => {
            // A record from before templates were kept: its grades show as stored.
            const label = (value: string | undefined) =>
              scale ? gradeLabel(scale, value) : (value ?? 'Not graded');
            return (
              <li key={r.auditId}>
                Your grade {label(r.first.overall)}, the moderator's {label(r.second?.overall)}; agreed{' '}
                <strong>{label(r.agreed!.overall)}</strong> because: {r.agreed!.rationale}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
