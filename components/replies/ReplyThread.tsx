/**
 * The replies under an observation: a fold that shows their count ("Replies (2)") and opens the thread,
 * oldest first, with a Reply button that opens the reply form (focus goes into it; Escape closes it and
 * focus returns to the button). Replies are the discussion between auditor, QA lead and practitioner.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import type { Reply } from '@/lib/model/reply';
import { plural } from '../format';
import { ReplyForm } from './ReplyForm';
import { ReplyItem } from './ReplyItem';

interface Props {
  observationId: string;
  /** Short words for the observation, so each control's name says which one it is about. */
  label: string;
  replies: Reply[];
  /** The name the person records under (null while loading): Edit and Delete only on their replies. */
  author: string | null;
}

export function ReplyThread({ observationId, label, replies, author }: Props) {
  const [open, setOpen] = useState(false);
  const [writing, setWriting] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  const threadId = `replies-${observationId}`;
  // Focus returns to the Reply button once the form has closed (sent or cancelled) or a reply was deleted.
  const [returning, setReturning] = useState(0);
  const backToReply = () => setReturning((n) => n + 1);
  useEffect(() => {
    if (returning > 0) replyButton.current?.focus();
  }, [returning]);

  return (
    <div class="replies">
      <button
        type="button"
        class="link"
        aria-expanded={open}
        aria-controls={threadId}
        aria-label={`Replies (${replies.length}): ${label}`}
        onClick={() => {
          setOpen(!open);
          if (open) setWriting(false);
        }}
      >
        Replies ({replies.length})
      </button>
      {open && (
        <div id={threadId} class="thread">
          {replies.length === 0 ? (
            <p class="muted small">No replies yet.</p>
          ) : (
            <ol
              class="plain reply-list"
              aria-label={`${plural(replies.length, 'reply', 'replies')}, oldest first`}
            >
              {replies.map((reply) => (
                <ReplyItem
                  key={reply.id}
                  reply={reply}
                  own={author !== null && author !== '' && reply.author === author}
                  onDeleted={backToReply}
                />
              ))}
            </ol>
          )}
          {writing ? (
            <ReplyForm
              id={`reply-new-${observationId}`}
              label="Your reply"
              submitLabel="Send reply"
              onSubmit={async (text) => {
                await request({ type: 'reply/create', observationId, text });
                setWriting(false);
                backToReply();
              }}
              onCancel={() => {
                setWriting(false);
                backToReply();
              }}
            />
          ) : (
            <button type="button" class="secondary" ref={replyButton} onClick={() => setWriting(true)}>
              Reply<span class="visually-hidden"> to this observation</span>
            </button>
          )}
        </div>
      )}
    </div>
  );
}
