/**
 * One file's import preview, record by record: what will be added, updated or kept back, each record
 * named in words, and for an update or a clash the fields that differ (this device's → the file's).
 */
import type { RecordChange } from '@/lib/export/import/record-changes';
import { TABLE_NAMES } from '@/lib/export/import/record-changes';

/** Shown at once; the rest are counted (a file may hold thousands of records). */
const SHOWN = 200;

const VERDICT_WORDS: Record<RecordChange['verdict'], string> = {
  new: 'Will be added',
  changed: 'Will be updated',
  outdated: 'Kept as it is here (the file’s copy is older)',
  conflicting: 'Kept as it is here (saved at the same time; the file’s copy goes to its history)',
};

export function ImportChanges({ fileName, changes }: { fileName: string; changes: RecordChange[] }) {
  if (changes.length === 0) return <p class="meta">Every record in it is already here, unchanged.</p>;
  return (
    <details class="import-changes">
      <summary>
        What will change, record by record ({changes.length} {changes.length === 1 ? 'record' : 'records'})
      </summary>
      <table>
        <caption class="visually-hidden">Records in {fileName} and what importing does with each</caption>
        <thead>
          <tr>
            <th scope="col">Record</th>
            <th scope="col">What happens</th>
            <th scope="col">Fields that differ (here → in the file)</th>
          </tr>
        </thead>
        <tbody>
          {changes.slice(0, SHOWN).map((change) => (
            <tr key={`${change.table}${change.id}`}>
              <td>
                <span class="muted">{TABLE_NAMES[change.table]}</span> {change.name}
              </td>
              <td>{VERDICT_WORDS[change.verdict]}</td>
              <td>
                {change.fields.length === 0 ? (
                  <span class="muted">{change.verdict === 'new' ? 'New record' : 'No field differs'}</span>
                ) : (
                  <ul class="plain">
                    {change.fields.map((field) => (
                      <li key={field.field}>
                        <strong>{field.field}</strong>: {field.before} → {field.after}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {changes.length > SHOWN && (
        <p class="meta">
          And {changes.length - SHOWN} more records, counted above; all of them are imported together.
        </p>
      )}
    </details>
  );
}
