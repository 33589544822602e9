/** Every message handler of the background, by capability. */
import type { Handlers } from '../../messaging/router';
import { auditHandlers } from './audits';
import { dataHandlers } from './data';
import { frictionHandlers } from './friction';
import { noteHandlers } from './notes';
import { observationHandlers } from './observations';
import { pageConfigHandler, pageHandlers } from './page';
import { replyHandlers } from './replies';
import { conversationHandlers } from './conversations';
import { syncHandlers } from './sync';

export const handlers: Handlers = {
  ...pageHandlers,
  ...pageConfigHandler,
  ...noteHandlers,
  ...observationHandlers,
  ...replyHandlers,
  ...auditHandlers,
  ...frictionHandlers,
  ...dataHandlers,
  ...conversationHandlers,
  ...syncHandlers,
};
