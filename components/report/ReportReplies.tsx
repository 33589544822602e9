/** The replies under an observation in the round report: who (and their role), when, what they said. */
import { createContext } from 'preact';
import { AUTHOR_ROLE_LABELS, type Reply } from '@/lib/model/reply';
import { formatDateTime, plural } from '../format';

/** The replies of the report's observations, by observation (privacy options already applied). */
export const RepliesContext = createContext<ReadonlyMap<string, Reply[]>>(new Map());

export function ReportReplies({ replies }: { replies: readonly Reply[] | undefined }) {
  if (!replies || replies.length === 0) return null;
  return (
    <ul class="report-replies" aria-label={plural(replies.length, 'reply', 'replies')}>
      {replies.map((reply) => (
        <li key={reply.id}>
          <p class="meta">
            Reply by <strong>{reply.author || 'Unnamed'}</strong>
            {reply.authorRole && ` (${AUTHOR_ROLE_LABELS[reply.authorRole]})`},{' '}
            {formatDateTime(reply.createdAt)}
            {reply.updatedAt !== reply.createdAt && ', edited'}
          </p>
          <p class="note-text">{reply.text}</p>
        </li>
      ))}
    </ul>
  );
}
