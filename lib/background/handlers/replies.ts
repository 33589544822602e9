/** Handlers for replies on observations: written under the name and role in settings (or policy). */
import type { Handlers } from '../../messaging/router';
import { getDb } from '../../storage/db';
import { byCreated, createReply, deleteReply, updateReply } from '../../storage/replies';
import { currentAuthor, loadSettings } from '../../settings/settings';

type ReplyTypes = 'reply/create' | 'reply/update' | 'reply/delete' | 'reply/list';

export const replyHandlers: Pick<Handlers, ReplyTypes> = {
  async 'reply/create'({ observationId, text }) {
    const [author, { role }] = await Promise.all([currentAuthor(), loadSettings()]);
    return { reply: await createReply(getDb(), { observationId, text, author, authorRole: role }) };
  },
  async 'reply/update'({ id, text, expectedUpdatedAt }) {
    return { reply: await updateReply(getDb(), id, text, expectedUpdatedAt, await currentAuthor()) };
  },
  async 'reply/delete'({ id }) {
    return { reply: await deleteReply(getDb(), id, await currentAuthor()) };
  },
  async 'reply/list'({ observationIds }) {
    const replies = await getDb().replies.where('observationId').anyOf(observationIds).toArray();
    return { replies: replies.sort(byCreated) };
  },
};
