/** The notes written on this screen, newest first, each deletable with an undo. */
import { useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import type { Note } from '@/lib/model/note';
import { formatDateTime, plural } from '../format';
import { useBackgroundQuery } from '../use-background-query';

export function NoteList({ pageKey }: { pageKey: string }) {
  const notes = useBackgroundQuery(
    'notes',
    async () => (await request({ type: 'note/list', pageKey })).notes,
    [pageKey],
  );
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function remove(note: Note) {
    try {
      const result = await request({ type: 'note/delete', id: note.id });
      setDeleted(result.note);
      setError(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  async function undo() {
    if (!deleted) return;
    try {
      await request({ type: 'note/restore', note: deleted });
      setDeleted(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <section class="card" role="region" aria-labelledby="notes-heading">
      <h2 id="notes-heading">
        Notes on this screen
        {notes.status === 'ready' && <span class="count"> ({notes.value.length})</span>}
      </h2>
      {deleted && (
        <p role="status" class="row">
          Note deleted.{' '}
          <button type="button" class="link" onClick={undo}>
            Undo
          </button>
        </p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {notes.status === 'loading' && <p class="muted">Loading notes…</p>}
      {notes.status === 'error' && (
        <p role="alert" class="error">
          Margin could not read its notes: {notes.message}
        </p>
      )}
      {notes.status === 'ready' && notes.value.length === 0 && (
        <p class="muted">No notes on this screen yet.</p>
      )}
      {notes.status === 'ready' && notes.value.length > 0 && (
        <ul class="notes" aria-label={plural(notes.value.length, 'note')}>
          {notes.value.map((note) => (
            <li key={note.id}>
              <p class="note-text">{note.text}</p>
              <p class="meta">
                {note.author || 'Unnamed auditor'} · {formatDateTime(note.createdAt)}
                <button
                  type="button"
                  class="link"
                  onClick={() => remove(note)}
                  aria-label={`Delete note from ${formatDateTime(note.createdAt)}`}
                >
                  Delete
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
