/**
 * The dashboard's "Team sync" panel: where sync goes (or why it is off), sign-in and sign-out, the status
 * with "Sync now", and the conflicts screen. Opening the dashboard starts a run when one is due.
 */
import { useEffect, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import { errorText } from '../error-text';
import { ConflictsList } from './ConflictsList';
import { SignInForm } from './SignInForm';
import { SyncStatusLine } from './SyncStatusLine';
import { useSyncOverview } from './use-sync-overview';

export function TeamSyncPanel() {
  const [overview, setOverview] = useSyncOverview();
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => void request({ type: 'sync/opened' }).catch(() => undefined), []);
  const signOut = async () => {
    try {
      setOverview(await request({ type: 'sync/sign-out' }));
    } catch (error) {
      setProblem(errorText(error));
    }
  };
  if (!overview) return null;
  const { target, status } = overview;
  return (
    <section id="team-sync" class="card" aria-labelledby="team-sync-heading">
      <h2 id="team-sync-heading">Team sync</h2>
      {target.state === 'off' && <p class="muted">{target.reason}</p>}
      {target.state === 'refused' && (
        <p role="alert" class="error">
          {target.reason}
        </p>
      )}
      {target.state === 'on' && (
        <>
          <p>
            Shares your audits and observations with your team through the council server at{' '}
            <strong>{target.origin}</strong>.
          </p>
          {status.signedInAs ? (
            <p>
              Signed in as <strong>{status.signedInAs}</strong>.{' '}
              <button type="button" class="link" onClick={() => void signOut()}>
                Sign out
              </button>
            </p>
          ) : (
            <SignInForm onOverview={setOverview} />
          )}
          {problem && (
            <p role="alert" class="error">
              {problem}
            </p>
          )}
          {status.signedInAs && <SyncStatusLine overview={overview} onOverview={setOverview} />}
          {(overview.conflicts > 0 || status.signedInAs) && <ConflictsList count={overview.conflicts} />}
        </>
      )}
    </section>
  );
}
