/** Handlers for conversation records: written under the name in settings (or policy). */
import type { Handlers } from '../../messaging/router';
import { getDb } from '../../storage/db';
import {
  conversationsForAudit,
  createConversation,
  deleteConversation,
  updateConversation,
} from '../../storage/conversations';
import { currentAuthor } from '../../settings/settings';

type ConversationTypes =
  'conversation/create' | 'conversation/update' | 'conversation/delete' | 'conversation/list';

export const conversationHandlers: Pick<Handlers, ConversationTypes> = {
  async 'conversation/create'({ fields }) {
    return { conversation: await createConversation(getDb(), fields, await currentAuthor()) };
  },
  async 'conversation/update'({ id, fields, expectedUpdatedAt }) {
    return { conversation: await updateConversation(getDb(), id, fields, expectedUpdatedAt) };
  },
  async 'conversation/delete'({ id }) {
    return { conversation: await deleteConversation(getDb(), id) };
  },
  async 'conversation/list'({ auditId }) {
    return { conversations: await conversationsForAudit(getDb(), auditId) };
  },
};
