/**
 * Team sync's status a person can act on: when it last synced and what moved, what waits, an error in
 * plain words, and "Sync now". Shown in the sidebar and on the dashboard.
 */
import { useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import type { SyncOverview } from '@/lib/messaging/protocol';
import { errorText } from '../error-text';
import { formatDateTime, plural } from '../format';

function moved(last: NonNullable<SyncOverview['status']['lastSync']>): string {
  const parts = [
    `sent ${plural(last.pushed, 'change')}`,
    `received ${plural(last.pulled, 'change')}`,
    ...(last.deleted ? [`${plural(last.deleted, 'deletion')}`] : []),
  ];
  return parts.join(', ');
}

export function SyncStatusLine({
  overview,
  onOverview,
  conflictsHref,
}: {
  overview: SyncOverview;
  onOverview(next: SyncOverview): void;
  /** Where the conflicts are resolved (the dashboard's conflicts screen), when not on this page. */
  conflictsHref?: string;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { status, pending, conflicts } = overview;
  const syncNow = async () => {
    setBusy(true);
    setProblem(null);
    try {
      onOverview(await request({ type: 'sync/now' }));
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="sync-status">
      <p role="status" data-testid="sync-status">
        {status.runningSince || busy
          ? 'Syncing with the council server…'
          : status.lastSync
            ? `Last synced ${formatDateTime(status.lastSync.finishedAt)}: ${moved(status.lastSync)}.`
            : 'Not synced yet.'}{' '}
        {pending > 0 ? `${plural(pending, 'change')} waiting to be sent.` : 'Nothing waiting to be sent.'}
      </p>
      {status.error && (
        <p role="alert" class="error" data-testid="sync-error">
          {status.error.message}
        </p>
      )}
      {problem && (
        <p role="alert" class="error">
          {problem}
        </p>
      )}
      {conflicts > 0 && (
        <p class="sync-conflicts">
          {plural(conflicts, 'record')} changed on two devices at once: choose which version to keep
          {conflictsHref ? (
            <>
              {' '}
              on the{' '}
              <a href={conflictsHref} target="_blank" rel="noopener">
                sync conflicts screen
              </a>
            </>
          ) : (
            ' below'
          )}
          .
        </p>
      )}
      <button type="button" disabled={busy} onClick={() => void syncNow()}>
        Sync now
      </button>
    </div>
  );
}
