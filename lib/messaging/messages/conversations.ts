/** Messages about conversation records (lib/model/conversation.ts), from Margin's pages. */
import { z } from 'zod';
import { ConversationFieldsSchema } from '../../model/conversation';

export const ConversationMessages = [
  /** A conversation record by the person named in settings (or policy). */
  z.strictObject({ type: z.literal('conversation/create'), fields: ConversationFieldsSchema }),
  /** `expectedUpdatedAt`: the version the editor started from; a newer stored one is a conflict. */
  z.strictObject({
    type: z.literal('conversation/update'),
    id: z.string().uuid(),
    fields: ConversationFieldsSchema,
    expectedUpdatedAt: z.string().datetime(),
  }),
  z.strictObject({ type: z.literal('conversation/delete'), id: z.string().uuid() }),
  /** The conversation records of one audit, in the order they took place. */
  z.strictObject({ type: z.literal('conversation/list'), auditId: z.string().uuid() }),
] as const;
