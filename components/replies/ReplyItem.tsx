/**
 * One reply in a thread: who wrote it (and their role), when, whether it was edited, its text; for the
 * person's own reply, Edit and Delete (Delete asks once more, and says what the history keeps).
 */
import { useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import { AUTHOR_ROLE_LABELS, type Reply } from '@/lib/model/reply';
import { formatDateTime } from '../format';
import { errorText } from '../error-text';
import { useFocusOnMount } from '../use-focus-on-mount';
import { ReplyForm } from './ReplyForm';

interface Props {
  reply: Reply;
  own: boolean;
  /** Called after this reply was deleted, to move focus somewhere that still exists. */
  onDeleted(): void;
}

export function ReplyItem({ reply, own, onDeleted }: Props) {
  const [mode, setMode] = useState<'read' | 'edit' | 'confirm'>('read');
  const [error, setError] = useState<string | null>(null);
  const who = reply.author || 'Unnamed';
  const edited = reply.updatedAt !== reply.createdAt;

  async function remove() {
    try {
      await request({ type: 'reply/delete', id: reply.id });
      onDeleted();
    } catch (failure) {
      setError(errorText(failure));
      setMode('read');
    }
  }

  return (
    <li class="reply" aria-label={`Reply by ${who}`}>
      <p class="meta">
        <strong class="reply-author">{who}</strong>
        {reply.authorRole && <span class="role-tag">{AUTHOR_ROLE_LABELS[reply.authorRole]}</span>}
        <span>
          {' · '}
          <time dateTime={reply.createdAt}>{formatDateTime(reply.createdAt)}</time>
          {edited && ` · edited ${formatDateTime(reply.updatedAt)}`}
        </span>
      </p>
      {mode === 'edit' ? (
        <ReplyForm
          id={`reply-edit-${reply.id}`}
          label="Edit your reply"
          initial={reply.text}
          submitLabel="Save reply"
          onSubmit={async (text) => {
            await request({ type: 'reply/update', id: reply.id, text, expectedUpdatedAt: reply.updatedAt });
            setMode('read');
          }}
          onCancel={() => setMode('read')}
        />
      ) : (
        <p class="note-text">{reply.text}</p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {own && mode === 'read' && (
        <div class="row actions">
          <button type="button" class="link" onClick={() => setMode('edit')}>
            Edit<span class="visually-hidden"> your reply</span>
          </button>
          <button type="button" class="link" onClick={() => setMode('confirm')}>
            Delete<span class="visually-hidden"> your reply</span>
          </button>
        </div>
      )}
      {own && mode === 'confirm' && (
        <ConfirmDelete onYes={() => void remove()} onNo={() => setMode('read')} />
      )}
    </li>
  );
}

function ConfirmDelete({ onYes, onNo }: { onYes(): void; onNo(): void }) {
  const yes = useFocusOnMount<HTMLButtonElement>();
  return (
    <div class="confirm" role="group" aria-label="Delete this reply?">
      <p>Delete this reply? Its text is removed; the history keeps only that you deleted it, and when.</p>
      <div class="row">
        <button type="button" class="danger" ref={yes} onClick={onYes}>
          Yes, delete reply
        </button>
        <button type="button" class="secondary" onClick={onNo}>
          Cancel
        </button>
      </div>
    </div>
  );
}
