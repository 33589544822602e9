/**
 * The edit trail of one observation: each earlier version with who replaced it and when (and the
 * versions imports did not apply). Read through the background, like everything in the sidebar.
 */
import { useEffect, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import type { HistoryEntry } from '@/lib/storage/history';
import type { Observation } from '@/lib/model/observation';
import { KIND_LABELS } from '@/lib/model/observation-kinds';
import { formatDateTime } from '../format';

const REASONS: Record<HistoryEntry['reason'], string> = {
  edited: 'replaced by an edit',
  'import-conflict': 'kept aside by an import (same time, different content)',
  'import-superseded': 'replaced by a later version from an import',
  'import-outdated': 'older version in an import, not applied',
};

export function EditTrail({ observation }: { observation: Observation }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request({ type: 'observation/history', id: observation.id })
      .then((answer) => setEntries(answer.entries))
      .catch((reason: Error) => setError(reason.message));
  }, [observation.id, observation.updatedAt]);

  if (error)
    return (
      <p role="alert" class="error">
        {error}
      </p>
    );
  if (!entries) return <p class="muted small">Loading the history…</p>;
  return (
    <div class="edit-trail">
      <p class="meta">
        Created by {observation.author || 'an unnamed auditor'} on {formatDateTime(observation.createdAt)}
        {entries.length === 0 ? '; not changed since.' : `; ${entries.length} earlier version(s):`}
      </p>
      {entries.length > 0 && (
        <ol aria-label="Earlier versions, oldest first">
          {entries.map((entry) => {
            const version = entry.version as Observation;
            return (
              <li key={entry.id}>
                <p class="meta">
                  {formatDateTime(entry.at)}: {REASONS[entry.reason]}
                  {entry.by ? ` (by ${entry.by})` : ''}
                  {entry.source ? ` from ${entry.source}` : ''}
                </p>
                <p class="note-text">
                  {KIND_LABELS[version.kind] ?? version.kind}: {version.comment}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
