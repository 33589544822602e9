/**
 * Friction evidence as stored: manual flags (kept one by one) and passive signals folded into
 * per-field, per-day counters. Also the schema of a capture batch arriving from the in-page script,
 * whose every string is controlled by the host page.
 */
import { z } from 'zod';
import { FRICTION_CATEGORY_IDS, SEVERITIES } from '../friction/categories';
import { ObservationTargetSchema } from './observation';

const count = z.number().int().min(0).max(1_000_000);
const short = z.string().max(300);

export const FieldCountersSchema = z.strictObject({
  form: short,
  field: z.string().min(1).max(300),
  tag: z.string().min(1).max(40),
  inputType: z.string().max(40).optional(),
  name: short.optional(),
  id: short.optional(),
  label: short.optional(),
  css: z.string().max(2000).optional(),
  focus: count,
  returns: count,
  dwellMs: z.number().min(0).max(86_400_000),
  corrections: count,
  pastes: count,
  invalid: count,
  abandoned: count,
  rageClicks: count,
  deadClicks: count,
});

export const PageCountersSchema = z.strictObject({
  errorSummaries: count,
  timeoutWarnings: count,
  unsavedExits: count,
  submits: count,
});

export const FrictionBatchSchema = z.strictObject({
  id: z.string().uuid(),
  at: z.string().datetime(),
  fields: z.array(FieldCountersSchema).max(2000),
  page: PageCountersSchema,
});

export const FlagFieldsSchema = z.strictObject({
  category: z.enum(FRICTION_CATEGORY_IDS),
  severity: z.enum(SEVERITIES),
  minutesLost: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .optional(),
  comment: z.string().trim().max(5000).optional(),
  workaround: z.string().trim().max(5000).optional(),
});

export const FrictionFlagSchema = FlagFieldsSchema.extend({
  id: z.string().uuid(),
  target: ObservationTargetSchema,
  pageKey: z.string(),
  author: z.string().max(200),
  createdAt: z.string().datetime(),
});

/** One stored counter row: a field (or "(page)") of a form on one day, summed over batches. */
export const CounterRowSchema = z.strictObject({
  key: z.string(),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  origin: z.string(),
  /** The screen: the adapter's form name, else the path. */
  screen: z.string(),
  form: short,
  field: z.string(),
  tag: z.string().optional(),
  inputType: z.string().optional(),
  name: short.optional(),
  id: short.optional(),
  label: short.optional(),
  css: z.string().optional(),
  /** `origin|screen`, indexed: one screen's counters across days. */
  screenRef: z.string(),
  /** `day|origin|screen`, indexed: how many fields one screen has on one day (the storage bound). */
  screenDay: z.string(),
  counts: z.record(z.string(), z.number()),
});

export type FieldCounters = z.infer<typeof FieldCountersSchema>;
export type FrictionBatchInput = z.infer<typeof FrictionBatchSchema>;
export type FlagFields = z.infer<typeof FlagFieldsSchema>;
export type FrictionFlag = z.infer<typeof FrictionFlagSchema>;
export type CounterRow = z.infer<typeof CounterRowSchema>;
