/**
 * The sync conflicts screen: each record changed on two devices at once, both versions side by side in
 * words (lib/team-sync/conflict-words.ts), and "Keep this version" under each. Keeping one makes it the
 * record everywhere at the next sync.
 */
import { useEffect, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import type { SyncConflict } from '@/lib/team-sync/engine-port';
import { conflictTitle, versionRows } from '@/lib/team-sync/conflict-words';
import { errorText } from '../error-text';
import { formatDateTime } from '../format';

function Version({
  conflict,
  side,
  onKeep,
}: {
  conflict: SyncConflict;
  side: 'local' | 'remote';
  onKeep(): void;
}) {
  const headingId = `conflict-${conflict.kind}-${conflict.id}-${side}`;
  const rows =
    side === 'local'
      ? versionRows(conflict.kind, conflict.local, conflict.localDeleted, formatDateTime)
      : versionRows(conflict.kind, conflict.remote, conflict.remoteDeleted, formatDateTime);
  return (
    <div class="conflict-version">
      <h4 id={headingId}>{side === 'local' ? 'On this device' : 'From the council server'}</h4>
      <dl class="summary-list">
        {rows.map((row, index) => (
          <div key={index}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <button type="button" aria-describedby={headingId} onClick={onKeep}>
        Keep this version
      </button>
    </div>
  );
}

export function ConflictsList({ count }: { count: number }) {
  const [conflicts, setConflicts] = useState<SyncConflict[] | null>(null);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    let live = true;
    request({ type: 'sync/conflicts' }).then(
      (answer) => live && setConflicts(answer.conflicts),
      (error: unknown) => live && setMessage({ text: errorText(error), alert: true }),
    );
    return () => {
      live = false;
    };
  }, [count, reload]);
  const keep = async (conflict: SyncConflict, side: 'local' | 'remote') => {
    try {
      await request({ type: 'sync/resolve', kind: conflict.kind, id: conflict.id, keep: side });
      setMessage({
        text: `Kept the version ${side === 'local' ? 'on this device' : 'from the council server'}: it reaches everyone at the next sync.`,
        alert: false,
      });
      setReload((n) => n + 1);
    } catch (error) {
      setMessage({ text: errorText(error), alert: true });
    }
  };
  return (
    <section class="sync-conflicts-list" aria-labelledby="sync-conflicts-heading">
      <h3 id="sync-conflicts-heading">Sync conflicts</h3>
      {message && (
        <p role={message.alert ? 'alert' : 'status'} class={message.alert ? 'error' : undefined}>
          {message.text}
        </p>
      )}
      {conflicts?.length === 0 && <p class="muted">No conflicts: every record is the same everywhere.</p>}
      {conflicts?.map((conflict) => (
        <article
          key={`${conflict.kind}/${conflict.id}`}
          class="conflict"
          aria-label={conflictTitle(conflict.kind, conflict.local, conflict.remote)}
        >
          <h4>{conflictTitle(conflict.kind, conflict.local, conflict.remote)}</h4>
          <p class="muted">Changed on two devices at once; found {formatDateTime(conflict.detectedAt)}.</p>
          <div class="conflict-versions">
            <Version conflict={conflict} side="local" onKeep={() => void keep(conflict, 'local')} />
            <Version conflict={conflict} side="remote" onKeep={() => void keep(conflict, 'remote')} />
          </div>
        </article>
      ))}
    </section>
  );
}
