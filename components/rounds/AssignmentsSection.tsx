/**
 * Assigning the sample: automatically under the rules (nobody audits their own team's or their own
 * cases; capacity), then case by case: another auditor (a broken rule is explained, and the team rule
 * or capacity may be waived), the due date and the mode.
 */
import { useState } from 'preact/hooks';
import { getDb } from '@/lib/storage/db';
import {
  assignAutomatically,
  chooseAuditor,
  updateAssignment,
  type ChoiceOutcome,
} from '@/lib/storage/round-assign';
import type { AssignmentMode } from '@/lib/rounds/assign';
import { caseKey, type Assignment } from '@/lib/model/round';
import { errorText } from '../error-text';
import { ErrorSummary, SummaryList } from './bits';
import { useFirstRows } from './ShowAll';
import type { RoundData } from './use-round';

const MODES: Record<AssignmentMode, string> = { desk: 'Desk audit', 'with-worker': 'With the worker' };

/** A row's last refused change: the reason, and the auditor "assign anyway" would keep. */
type RowNote = { text: string; waive?: string };

export function AssignmentsSection({ data }: { data: RoundData }) {
  const { round, plan, auditors, assignments } = data;
  const [mode, setMode] = useState<AssignmentMode>('desk');
  const [problems, setProblems] = useState<string[]>([]);
  const [notes, setNotes] = useState<Record<string, RowNote>>({});
  const editable = round.status === 'planning' || round.status === 'open';
  const drawn = plan.sample?.result.drawn ?? [];
  const caseOf = new Map(drawn.map((c) => [caseKey(c.caseId), c]));
  const rows = useFirstRows(assignments, 'assignments');

  async function assign() {
    try {
      const result = await assignAutomatically(getDb(), round.id, mode);
      setProblems(result.ok ? [] : result.problems);
      setNotes({});
    } catch (error) {
      setProblems([errorText(error)]);
    }
  }

  async function change(assignment: Assignment, act: () => Promise<ChoiceOutcome>, auditorId?: string) {
    try {
      const result = await act();
      const rest = { ...notes };
      delete rest[assignment.id];
      if (!result.ok) {
        rest[assignment.id] = {
          text: result.problems.join(' '),
          waive: 'waivable' in result ? auditorId : undefined,
        };
      }
      setNotes(rest);
    } catch (error) {
      setNotes({ ...notes, [assignment.id]: { text: errorText(error) } });
    }
  }

  const name = (id: string) => auditors.find((a) => a.id === id)?.name ?? id;
  return (
    <section class="card" id="assignments" aria-labelledby="assignments-heading">
      <h2 id="assignments-heading" tabIndex={-1}>
        Assignments
      </h2>
      {round.status === 'planning' && (
        <div class="row" style={{ alignItems: 'flex-end' }}>
          <div class="field" style={{ margin: 0 }}>
            <label for="assign-mode">Mode of each audit</label>
            <select
              id="assign-mode"
              value={mode}
              onChange={(e) => setMode(e.currentTarget.value as AssignmentMode)}
            >
              {Object.entries(MODES).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={() => void assign()}>
            Assign automatically
          </button>
        </div>
      )}
      <p class="hint">
        Nobody audits their own team's cases or cases they hold, and nobody gets more than their capacity.
        {round.status === 'planning' && ' Assigning automatically replaces every assignment below.'}
      </p>
      <ErrorSummary problems={problems} title="The cases were not assigned" />
      {plan.assigned && plan.assigned.unassigned.length > 0 && (
        <ErrorSummary
          title={`${plan.assigned.unassigned.length} cases have no auditor`}
          problems={plan.assigned.unassigned.map((u) => `${u.caseId}: ${u.reason}`)}
        />
      )}
      {assignments.length === 0 ? (
        <p>No cases assigned yet.</p>
      ) : (
        <>
          <SummaryList rows={[['Assigned', `${assignments.length} of the ${drawn.length} cases drawn`]]} />
          <div class="table-wrap">
            <table id="assignments-table">
              <caption>Assignments, by case ID</caption>
              <thead>
                <tr>
                  <th scope="col">Case ID</th>
                  <th scope="col">Team</th>
                  <th scope="col">Case holder</th>
                  <th scope="col">Auditor</th>
                  <th scope="col">Due</th>
                  <th scope="col">Mode</th>
                </tr>
              </thead>
              <tbody>
                {rows.shown.map((a) => {
                  const c = caseOf.get(caseKey(a.caseId));
                  const note = notes[a.id];
                  return (
                    <tr key={a.id} data-case={a.caseId}>
                      <td>{a.caseId}</td>
                      <td>{c?.team ?? '—'}</td>
                      <td>{c?.caseHolder ?? '—'}</td>
                      <td>
                        {editable ? (
                          <select
                            aria-label={`Auditor of ${a.caseId}`}
                            value={a.auditorId}
                            onChange={(e) => {
                              const to = e.currentTarget.value;
                              e.currentTarget.value = a.auditorId;
                              void change(a, () => chooseAuditor(getDb(), a.id, to), to);
                            }}
                          >
                            {auditors.map((auditor) => (
                              <option key={auditor.id} value={auditor.id}>
                                {auditor.name}
                              </option>
                            ))}
                          </select>
                        ) : (
                          name(a.auditorId)
                        )}
                        {note && (
                          <div role="alert">
                            <p class="rule-note">{note.text}</p>
                            {note.waive && (
                              <button
                                type="button"
                                class="secondary"
                                onClick={() =>
                                  void change(a, () => chooseAuditor(getDb(), a.id, note.waive!, true))
                                }
                              >
                                Assign to {name(note.waive)} anyway
                              </button>
                            )}
                          </div>
                        )}
                      </td>
                      <td>
                        {editable ? (
                          <input
                            type="date"
                            aria-label={`Due date of ${a.caseId}`}
                            value={a.dueOn}
                            onChange={(e) =>
                              void change(a, () =>
                                updateAssignment(getDb(), a.id, { dueOn: e.currentTarget.value }),
                              )
                            }
                          />
                        ) : (
                          a.dueOn
                        )}
                      </td>
                      <td>
                        {editable ? (
                          <select
                            aria-label={`Mode of ${a.caseId}`}
                            value={a.mode}
                            onChange={(e) =>
                              void change(a, () =>
                                updateAssignment(getDb(), a.id, {
                                  mode: e.currentTarget.value as AssignmentMode,
                                }),
                              )
                            }
                          >
                            {Object.entries(MODES).map(([value, label]) => (
                              <option key={value} value={value}>
                                {label}
                              </option>
                            ))}
                          </select>
                        ) : (
                          MODES[a.mode]
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {rows.more}
        </>
      )}
    </section>
  );
}
