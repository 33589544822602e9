/** The scope's findings, each with its pattern, counts computed from its evidence, and Change / Delete. */
import { factorLabel } from '@/lib/audit/factors';
import { findingCounts, type EvidenceIndex } from '@/lib/learning/finding-counts';
import { WIDESPREAD_LABELS, type Finding } from '@/lib/model/finding';
import { getDb } from '@/lib/storage/db';
import { deleteFinding } from '@/lib/storage/findings';
import { plural } from '../format';
import { Tag } from '../rounds/bits';
import { CountsLine } from './CountsLine';

export function FindingsList(props: {
  findings: readonly Finding[];
  index: EvidenceIndex;
  onEdit(f: Finding): void;
}) {
  const { findings, index, onEdit } = props;
  return (
    <section class="card" aria-labelledby="findings-list-heading">
      <h2 id="findings-list-heading">Findings ({findings.length})</h2>
      {findings.length === 0 ? (
        <p>No finding yet. Start one from a suggestion, or write one from the evidence.</p>
      ) : (
        <ol class="findings-list" aria-label="Findings">
          {findings.map((f, i) => (
            <li key={f.id}>
              <h3>
                {i + 1}. {f.statement}
              </h3>
              <p>
                <Tag colour={f.status === 'agreed' ? 'tag-green' : 'tag-blue'}>
                  {f.status === 'agreed' ? 'Agreed' : 'Draft'}
                </Tag>{' '}
                Pattern: {factorLabel(f.pattern.factor, f.pattern.subItem)}.{' '}
                {f.widespread.judgement ? `${WIDESPREAD_LABELS[f.widespread.judgement]}. ` : ''}
                {plural(f.questions.length, 'question')}, {plural(f.actions.length, 'action')}.
              </p>
              <CountsLine counts={findingCounts(f.evidence, index)} />
              <div class="row">
                <button
                  type="button"
                  class="secondary"
                  aria-label={`Change finding ${i + 1}`}
                  onClick={() => onEdit(f)}
                >
                  Change
                </button>
                <button
                  type="button"
                  class="secondary"
                  aria-label={`Delete finding ${i + 1}`}
                  onClick={() => {
                    if (confirm('Delete this finding?')) void deleteFinding(getDb(), f.id);
                  }}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
