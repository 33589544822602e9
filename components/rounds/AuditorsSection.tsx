/** The round's auditors: a table with each one's cases, removing one, and adding them as pasted lines. */
import { useState } from 'preact/hooks';
import { getDb } from '@/lib/storage/db';
import { addAuditors, removeAuditor } from '@/lib/storage/round-assign';
import { parseAuditorLines, ROLE_LABELS } from '@/lib/rounds/auditor-lines';
import { refKey } from '@/lib/model/round';
import { errorText } from '../error-text';
import { ErrorSummary } from './bits';
import type { RoundData } from './use-round';

export function AuditorsSection({ data }: { data: RoundData }) {
  const { round, auditors, assignments } = data;
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const editable = round.status === 'planning' || round.status === 'open';

  async function run(action: () => Promise<{ ok: true } | { ok: false; problems: string[] }>) {
    try {
      const result = await action();
      setProblems(result.ok ? [] : result.problems);
      return result.ok;
    } catch (error) {
      setProblems([errorText(error)]);
      return false;
    }
  }

  async function add() {
    const parsed = parseAuditorLines(text);
    if (!parsed.ok) return setProblems(parsed.problems);
    if (await run(() => addAuditors(getDb(), round.id, parsed.auditors))) setText('');
  }

  const held = (id: string) => assignments.filter((a) => refKey(a.auditorId) === refKey(id)).length;
  return (
    <section class="card" id="auditors" aria-labelledby="auditors-heading">
      <h2 id="auditors-heading" tabIndex={-1}>
        Auditors
      </h2>
      {auditors.length === 0 ? (
        <p>No auditors yet.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>Auditors of this round</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Reference</th>
                <th scope="col">Team</th>
                <th scope="col">Role</th>
                <th scope="col">Capacity</th>
                <th scope="col">Cases assigned</th>
                {editable && <th scope="col">Action</th>}
              </tr>
            </thead>
            <tbody>
              {auditors.map((auditor) => (
                <tr key={auditor.id}>
                  <td>{auditor.name}</td>
                  <td>{auditor.id}</td>
                  <td>{auditor.team}</td>
                  <td>{ROLE_LABELS[auditor.role]}</td>
                  <td>{auditor.capacity}</td>
                  <td>{held(auditor.id)}</td>
                  {editable && (
                    <td>
                      <button
                        type="button"
                        class="secondary"
                        onClick={() => void run(() => removeAuditor(getDb(), round.id, auditor.id))}
                      >
                        Remove<span class="visually-hidden"> {auditor.name}</span>
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorSummary problems={problems} />
      {editable && (
        <>
          <div class="field">
            <label for="auditors-text">Add auditors</label>
            <p class="hint" id="auditors-hint">
              One a line: name, team, role, capacity. Roles: team manager, senior practitioner, QA officer or
              peer. Add a fifth part, their practitioner reference, when the candidate list names case holders
              by reference: nobody is given a case they hold or a case of their own team.
            </p>
            <textarea
              id="auditors-text"
              rows={4}
              value={text}
              onInput={(e) => setText(e.currentTarget.value)}
              aria-describedby="auditors-hint"
            />
          </div>
          <button type="button" onClick={() => void add()}>
            Add auditors
          </button>
        </>
      )}
    </section>
  );
}
