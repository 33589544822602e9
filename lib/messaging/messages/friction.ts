/** Messages about friction evidence: capture batches from the in-page script; flags and summaries from Margin's pages. */
import { z } from 'zod';
import { noFutureDates } from './no-future';
import { PageContextSchema } from '../../model/page-context';
import { ObservationTargetSchema } from '../../model/observation';
import { FlagFieldsSchema, FrictionBatchSchema, FrictionFlagSchema } from '../../model/friction';

export const FrictionMessages = [
  /** In-page script: passive signals counted on this screen since the last batch. */
  z.strictObject({
    type: z.literal('friction/batch'),
    batch: noFutureDates(FrictionBatchSchema),
    context: PageContextSchema,
  }),
  z.strictObject({
    type: z.literal('friction/flag-create'),
    fields: FlagFieldsSchema,
    target: ObservationTargetSchema,
  }),
  z.strictObject({ type: z.literal('friction/flag-delete'), id: z.string().uuid() }),
  z.strictObject({ type: z.literal('friction/flag-restore'), flag: noFutureDates(FrictionFlagSchema) }),
  /** The friction evidence of one screen (a form across all people): flags, and fields ranked by signal. */
  z.strictObject({
    type: z.literal('friction/summary'),
    origin: PageContextSchema.shape.origin,
    screen: z.string().min(1).max(2000),
  }),
] as const;
