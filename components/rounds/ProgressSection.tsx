/**
 * Progress of the round from Margin's audits (own and imported returns): per auditor and per case,
 * overdue marked, and completion against the target (every assigned case).
 */
import type { RoundProgress } from '@/lib/rounds/progress';
import { CaseTag, SummaryList, Tag } from './bits';
import { useFirstRows } from './ShowAll';
import type { RoundData } from './use-round';

export function ProgressSection({ data, progress }: { data: RoundData; progress: RoundProgress }) {
  const { auditors, assignments } = data;
  const cases = useFirstRows(progress.cases, 'cases');
  if (assignments.length === 0) {
    return (
      <section class="card" id="progress" aria-labelledby="progress-heading">
        <h2 id="progress-heading" tabIndex={-1}>
          Progress
        </h2>
        <p>Nothing to track yet: assign the cases first.</p>
      </section>
    );
  }
  const { round: total } = progress;
  const name = (id: string) => auditors.find((a) => a.id === id)?.name ?? id;
  return (
    <section class="card" id="progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading" tabIndex={-1}>
        Progress
      </h2>
      <p class="hint">
        Auditors return their work as Margin JSON exports: import them on the{' '}
        <a href="dashboard.html#import-heading">dashboard</a>. This page updates by itself.
      </p>
      <SummaryList
        rows={[
          [
            'Finished',
            `${total.finished + total.moderated} of ${total.target} (${total.percent}% of the target)`,
          ],
          ['In progress', String(total.inProgress)],
          ['Not started', String(total.notStarted)],
          ['Overdue', total.overdue > 0 ? <Tag colour="tag-red">{total.overdue} overdue</Tag> : 'None'],
        ]}
      />
      <div class="table-wrap">
        <table>
          <caption>Progress by auditor</caption>
          <thead>
            <tr>
              <th scope="col">Auditor</th>
              <th scope="col">Assigned</th>
              <th scope="col">Not started</th>
              <th scope="col">In progress</th>
              <th scope="col">Finished</th>
              <th scope="col">Moderated</th>
              <th scope="col">Overdue</th>
            </tr>
          </thead>
          <tbody>
            {progress.auditors.map((a) => (
              <tr key={a.auditorId}>
                <td>{name(a.auditorId)}</td>
                <td>{a.assigned}</td>
                <td>{a.notStarted}</td>
                <td>{a.inProgress}</td>
                <td>{a.finished}</td>
                <td>{a.moderated}</td>
                <td>{a.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="table-wrap">
        <table>
          <caption>Progress by case</caption>
          <thead>
            <tr>
              <th scope="col">Case ID</th>
              <th scope="col">Auditor</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {cases.shown.map((c) => (
              <tr key={c.assignment.id}>
                <td>{c.assignment.caseId}</td>
                <td>{name(c.assignment.auditorId)}</td>
                <td>{c.assignment.dueOn}</td>
                <td>
                  <CaseTag status={c.status} /> {c.overdue && <Tag colour="tag-red">Overdue</Tag>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cases.more}
    </section>
  );
}
