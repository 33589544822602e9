/**
 * Writing a page-level note: a labelled text box, Save (or Ctrl+Enter), and a clear result message.
 * Folded away until wanted ("Add a note to this screen"); a note being written keeps it open.
 */
import { useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import type { PageContext } from '@/lib/model/page-context';

export function NoteForm({ context }: { context: PageContext | null }) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);

  async function save(event?: Event) {
    event?.preventDefault();
    if (!context || busy) return;
    if (text.trim() === '') {
      setStatus({ kind: 'error', message: 'Write something in the note first.' });
      return;
    }
    setBusy(true);
    try {
      await request({ type: 'note/create', text, context });
      setText('');
      setStatus({ kind: 'saved', message: 'Note saved.' });
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <details
      class="card fold"
      open={open}
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <h2 id="note-heading">Add a note to this screen</h2>
      </summary>
      <form onSubmit={save} aria-labelledby="note-heading">
        <label for="note-text">Note</label>
        <textarea
          id="note-text"
          rows={4}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save(event);
          }}
          aria-describedby="note-hint"
        />
        <p id="note-hint" class="muted">
          Ctrl+Enter saves. Stored on this device only.
        </p>
        <div class="row">
          <button type="submit" disabled={!context || busy}>
            Save
          </button>
          {status && (
            <p role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind}>
              {status.message}
            </p>
          )}
        </div>
      </form>
    </details>
  );
}
