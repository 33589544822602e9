/** Messages about replies on observations, from Margin's pages. */
import { z } from 'zod';
import { ReplyTextSchema } from '../../model/reply';

export const ReplyMessages = [
  /** A reply by the person named in settings (or policy), with their role if they gave one. */
  z.strictObject({
    type: z.literal('reply/create'),
    observationId: z.string().uuid(),
    text: ReplyTextSchema,
  }),
  /** `expectedUpdatedAt`: the version the editor started from; a newer stored one is a conflict. */
  z.strictObject({
    type: z.literal('reply/update'),
    id: z.string().uuid(),
    text: ReplyTextSchema,
    expectedUpdatedAt: z.string().datetime(),
  }),
  z.strictObject({ type: z.literal('reply/delete'), id: z.string().uuid() }),
  /** The replies of the observations on a screen, oldest first, for the sidebar. */
  z.strictObject({ type: z.literal('reply/list'), observationIds: z.array(z.string().uuid()).max(5000) }),
] as const;
