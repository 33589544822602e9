/** Every round: name, theme, status, period and how many of its cases are finished. */
import { getDb } from '@/lib/storage/db';
import { listRounds } from '@/lib/storage/rounds';
import { roundProgress } from '@/lib/rounds/progress';
import { useLiveQuery } from '../use-live-query';
import { formatDay, RoundTag, today } from './bits';

export function RoundsList() {
  const rounds = useLiveQuery(async () => {
    const db = getDb();
    const all = await listRounds(db);
    const audits = await db.audits.filter((audit) => audit.roundId !== undefined).toArray();
    const assignments = await db.roundAssignments.toArray();
    return all.map((round) => {
      const progress = roundProgress(
        assignments.filter((a) => a.roundId === round.id),
        audits.filter((a) => a.roundId === round.id),
        { today: today() },
      ).round;
      return { round, done: progress.finished + progress.moderated, assigned: progress.assigned };
    });
  }, []);
  return (
    <section class="card" aria-labelledby="rounds-heading">
      <h2 id="rounds-heading">Audit rounds</h2>
      <p class="muted">
        A round is a themed set of cases, drawn from a candidate list and shared among auditors from other
        teams, with a closing date.
      </p>
      <p>
        <a class="button-link" href="#new">
          Plan a new round
        </a>
      </p>
      {rounds.status === 'error' && (
        <p role="alert" class="error">
          Margin could not read its rounds: {rounds.message}
        </p>
      )}
      {rounds.status === 'ready' && rounds.value.length === 0 && <p>There are no rounds yet.</p>}
      {rounds.status === 'ready' && rounds.value.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption>Rounds, the latest first</caption>
            <thead>
              <tr>
                <th scope="col">Round</th>
                <th scope="col">Theme</th>
                <th scope="col">Status</th>
                <th scope="col">Period</th>
                <th scope="col">Progress</th>
              </tr>
            </thead>
            <tbody>
              {rounds.value.map(({ round, done, assigned }) => (
                <tr key={round.id}>
                  <td>
                    <a href={`#round=${round.id}`}>{round.name}</a>
                  </td>
                  <td>{round.theme || '—'}</td>
                  <td>
                    <RoundTag status={round.status} />
                  </td>
                  <td>
                    {formatDay(round.opensOn)} to {formatDay(round.closesOn)}
                  </td>
                  <td>{assigned === 0 ? 'No cases assigned yet' : `${done} of ${assigned} finished`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
