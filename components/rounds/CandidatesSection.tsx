/** The candidate cases: pasted cells or a .csv file, taken whole or refused with every problem named. */
import { useState } from 'preact/hooks';
import { getDb } from '@/lib/storage/db';
import { importCandidates } from '@/lib/storage/round-sample';
import { COLUMN_NAMES, type CandidateField } from '@/lib/rounds/candidate-columns';
import { errorText } from '../error-text';
import { formatDateTime } from '../format';
import { ErrorSummary, SummaryList } from './bits';
import type { RoundData } from './use-round';

export function CandidatesSection({ data }: { data: RoundData }) {
  const { round, plan } = data;
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState('');
  const planning = round.status === 'planning';

  async function use(content: string, source?: string) {
    setSaved('');
    try {
      const result = await importCandidates(getDb(), round.id, content, source);
      if (result.ok) {
        setProblems([]);
        setText('');
        setSaved(`${result.value.list!.count} candidate cases kept.`);
      } else setProblems(result.problems);
    } catch (error) {
      setProblems([errorText(error)]);
    }
  }

  async function chooseFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await use(await file.text(), file.name);
    input.value = '';
  }

  const list = plan.list;
  return (
    <section class="card" id="candidates" aria-labelledby="candidates-heading">
      <h2 id="candidates-heading" tabIndex={-1}>
        Candidate cases
      </h2>
      {list ? (
        <SummaryList
          rows={[
            ['Cases', String(list.count)],
            [
              'Columns found',
              Object.entries(list.columns)
                .map(([field, heading]) => `${heading} (${COLUMN_NAMES[field as CandidateField].label})`)
                .concat(list.attributes.map((heading) => `${heading} (further column)`))
                .join(', '),
            ],
            ['From', `${list.source}, ${formatDateTime(list.importedAt)}`],
          ]}
        />
      ) : (
        <p>No candidate cases yet.</p>
      )}
      {saved && (
        <p role="status" class="saved">
          {saved}
        </p>
      )}
      <ErrorSummary problems={problems} title="The list was not used: nothing was kept" />
      {planning ? (
        <>
          <div class="field">
            <label for="candidates-text">Paste the candidate list</label>
            <p class="hint" id="candidates-hint">
              Cells copied from a spreadsheet, or CSV. The first row names the columns: case or person ID,
              team and case holder are needed; legal status, age band, case type and other columns are kept
              too. Use IDs and practitioner references, never names of children or families.
              {list && ' A new list replaces this one, its sample and its assignments.'}
            </p>
            <textarea
              id="candidates-text"
              rows={6}
              value={text}
              onInput={(e) => setText(e.currentTarget.value)}
              aria-describedby="candidates-hint"
            />
          </div>
          <div class="row">
            <button type="button" onClick={() => void use(text)}>
              Use this list
            </button>
          </div>
          <div class="field" style={{ marginTop: '0.8em' }}>
            <label for="candidates-file">Or choose a .csv file</label>
            <input
              id="candidates-file"
              type="file"
              accept=".csv,.tsv,.txt,text/csv"
              onChange={(e) => void chooseFile(e)}
            />
          </div>
        </>
      ) : (
        <p class="muted">The round is no longer being planned: its candidate list is fixed.</p>
      )}
    </section>
  );
}
