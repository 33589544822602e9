/**
 * The edit trail of one observation: each earlier version with who replaced it and when (and the
 * versions imports did not apply), and the same for its replies (edits, deletions). Read through the
 * background, like everything in the sidebar.
 */
import { useEffect, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import type { HistoryEntry } from '@/lib/storage/history';
import type { Observation } from '@/lib/model/observation';
import type { Reply } from '@/lib/model/reply';
import { KIND_LABELS } from '@/lib/model/observation-kinds';
import { formatDateTime } from '../format';

const REASONS: Record<HistoryEntry['reason'], string> = {
  edited: 'replaced by an edit',
  deleted: 'deleted',
  'import-conflict': 'kept aside by an import (same time, different content)',
  'import-superseded': 'replaced by a later version from an import',
  'import-outdated': 'older version in an import, not applied',
};

/** `repliesStamp` changes whenever a reply is written, edited or deleted, so the trail is read again. */
export function EditTrail({ observation, repliesStamp }: { observation: Observation; repliesStamp: string }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request({ type: 'observation/history', id: observation.id })
      .then((answer) => setEntries(answer.entries))
      .catch((reason: Error) => setError(reason.message));
  }, [observation.id, observation.updatedAt, repliesStamp]);

  if (error)
    return (
      <p role="alert" class="error">
        {error}
      </p>
    );
  if (!entries) return <p class="muted small">Loading the history…</p>;
  const replies = entries.filter((entry) => entry.table === 'replies').length;
  const own = entries.length - replies;
  return (
    <div class="edit-trail">
      <p class="meta">
        Created by {observation.author || 'an unnamed auditor'} on {formatDateTime(observation.createdAt)}
        {own === 0 ? '; not changed since.' : `; ${own} earlier version(s).`}
        {replies > 0 && ` Replies: ${replies} change(s).`}
      </p>
      {entries.length > 0 && (
        <ol aria-label="Earlier versions, oldest first">
          {entries.map((entry) => {
            if (entry.table === 'replies') return <ReplyEntry key={entry.id} entry={entry} />;
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

/** A reply's earlier version: who wrote it, what happened to it, and (unless it was deleted) its text. */
function ReplyEntry({ entry }: { entry: HistoryEntry }) {
  const version = entry.version as Reply;
  const writer = version.author || 'an unnamed author';
  return (
    <li>
      <p class="meta">
        {formatDateTime(entry.at)}: reply by {writer} {REASONS[entry.reason]}
        {entry.by ? ` (by ${entry.by})` : ''}
        {entry.source ? ` from ${entry.source}` : ''}
        {entry.reason === 'deleted' ? '; its text is not kept.' : ''}
      </p>
      {entry.reason !== 'deleted' && <p class="note-text">Reply: {version.text}</p>}
    </li>
  );
}
