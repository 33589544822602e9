/** Messages about observations, from Margin's pages. */
import { z } from 'zod';
import { noFutureDates } from './no-future';
import { ReplySchema } from '../../model/reply';
import { ObservationFieldsSchema, ObservationSchema, ObservationTargetSchema } from '../../model/observation';

export const ObservationMessages = [
  z.strictObject({
    type: z.literal('observation/create'),
    fields: ObservationFieldsSchema,
    target: ObservationTargetSchema,
  }),
  /** `expectedUpdatedAt`: the version the editor started from; a newer stored one is a conflict. */
  z.strictObject({
    type: z.literal('observation/update'),
    id: z.string().uuid(),
    fields: ObservationFieldsSchema,
    expectedUpdatedAt: z.string().datetime(),
  }),
  z.strictObject({ type: z.literal('observation/delete'), id: z.string().uuid() }),
  /** Puts back an observation just deleted, with the replies deleted with it (undo). */
  z.strictObject({
    type: z.literal('observation/restore'),
    observation: noFutureDates(ObservationSchema),
    replies: z.array(noFutureDates(ReplySchema)).max(5000).optional(),
  }),
  z.strictObject({ type: z.literal('observation/list'), pageKey: z.string().min(1).max(3000) }),
  z.strictObject({ type: z.literal('observation/list-for-audit'), auditId: z.string().uuid() }),
  /** The edit trail of one observation and its replies (earlier versions, who replaced them and when). */
  z.strictObject({ type: z.literal('observation/history'), id: z.string().uuid() }),
] as const;
