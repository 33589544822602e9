/**
 * Team sync in the sidebar: the status and "Sync now" when signed in, else a link to sign in on the
 * dashboard; nothing at all when the council has not switched sync on. Opening the sidebar starts a run
 * when one is due.
 */
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { request } from '@/lib/messaging/client';
import { SyncStatusLine } from './SyncStatusLine';
import { useSyncOverview } from './use-sync-overview';

export function SidebarSync() {
  const [overview, setOverview] = useSyncOverview();
  useEffect(() => void request({ type: 'sync/opened' }).catch(() => undefined), []);
  if (!overview || overview.target.state === 'off') return null;
  const panel = `${browser.runtime.getURL('/dashboard.html')}#team-sync`;
  return (
    <section class="card sync-card" aria-labelledby="sidebar-sync-heading">
      <h2 id="sidebar-sync-heading">Team sync</h2>
      {overview.target.state === 'refused' ? (
        <p role="alert" class="error">
          {overview.target.reason}
        </p>
      ) : overview.status.signedInAs ? (
        <SyncStatusLine overview={overview} onOverview={setOverview} conflictsHref={panel} />
      ) : (
        <p>
          {overview.status.error && <span class="error">{overview.status.error.message} </span>}
          <a href={panel} target="_blank" rel="noopener">
            Sign in to team sync
          </a>{' '}
          on the dashboard.
        </p>
      )}
    </section>
  );
}
