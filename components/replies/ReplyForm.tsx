/**
 * Writing or editing a reply: a labelled text box that takes focus when it opens, Send (or Ctrl+Enter),
 * Cancel (or Escape), and the background's refusal in words next to the box.
 */
import { useState } from 'preact/hooks';
import { REPLY_MAX_LENGTH } from '@/lib/model/reply';
import { errorText } from '../error-text';
import { useFocusOnMount } from '../use-focus-on-mount';

interface Props {
  /** Unique in the sidebar: ids of the box, its hint and its error derive from it. */
  id: string;
  label: string;
  initial?: string;
  submitLabel: string;
  onSubmit(text: string): Promise<unknown>;
  onCancel(): void;
}

export function ReplyForm({ id, label, initial = '', submitLabel, onSubmit, onCancel }: Props) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const box = useFocusOnMount<HTMLTextAreaElement>();

  async function send(event?: Event) {
    event?.preventDefault();
    if (busy) return;
    if (text.trim() === '') return setError('Write your reply first.');
    if (text.trim().length > REPLY_MAX_LENGTH)
      return setError(`A reply can be at most ${REPLY_MAX_LENGTH.toLocaleString('en-GB')} characters.`);
    setBusy(true);
    try {
      await onSubmit(text);
    } catch (failure) {
      setError(errorText(failure));
      setBusy(false);
    }
  }

  return (
    <form
      class="reply-form"
      onSubmit={send}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void send(event);
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <label for={`${id}-text`}>{label}</label>
      <p id={`${id}-hint`} class="muted small">
        Ctrl+Enter sends · Esc cancels
      </p>
      {error && (
        <p id={`${id}-error`} role="alert" class="error">
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <textarea
        id={`${id}-text`}
        ref={box}
        rows={3}
        value={text}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error !== null}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div class="row">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
