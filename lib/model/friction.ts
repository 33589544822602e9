/**
 * Friction evidence as stored: manual flags (kept one by one) and passive signals folded into
 * per-field, per-day counters. Also the schema of a capture batch arriving from the in-page script,
 * whose every string is controlled by the host page. The in-page script takes its types from here
 * with `import type` only (lib/friction/types.ts), so Zod stays out of its bundle.
 */
import { z } from 'zod';
import { FrictionCategorySchema, SeveritySchema } from './friction-categories';
import { ObservationTargetSchema } from './observation';

const count = z.number().int().min(0).max(1_000_000);
const short = z.string().max(300);

/**
 * Counters for one form field, or one clicked element (rage and dead clicks), within one batch. Never
 * a value, a value's length, or anything pasted.
 */
export const FieldCountersSchema = z.strictObject({
  /** The DOM form it belongs to: the form's id, name or `data-form-key`, or "(no form)". */
  form: short,
  /** Stable key of the field within the form: its name, else id, else label, else CSS selector. */
  field: z.string().min(1).max(300),
  tag: z.string().min(1).max(40),
  inputType: z.string().max(40).optional(),
  name: short.optional(),
  id: short.optional(),
  /** The field's label text (or, for a clicked element, its accessible name), never its value. */
  label: short.optional(),
  /** A CSS selector to find it again (for the in-page friction layer). */
  css: z.string().max(2000).optional(),
  /** Times the field received focus. */
  focus: count,
  /** Times the user came back to the field after leaving it with input. */
  returns: count,
  /** Milliseconds the field held focus. */
  dwellMs: z.number().min(0).max(86_400_000),
  /** Backspace and Delete presses (a count only, never which characters). */
  corrections: count,
  /** Paste events (a count only, never what was pasted). */
  pastes: count,
  /** Validation errors: `invalid` events and `aria-invalid="true"` being set. */
  invalid: count,
  /** Times this was the last field touched before the form was left unsubmitted. */
  abandoned: count,
  rageClicks: count,
  deadClicks: count,
});

/** Counters for the page as a whole within one batch. */
export const PageCountersSchema = z.strictObject({
  /** An error summary (role=alert with links to fields, or `.error-summary`) appeared. */
  errorSummaries: count,
  /** A session-timeout warning appeared. */
  timeoutWarnings: count,
  /** The page was left (or reloaded) with input not submitted. */
  unsavedExits: count,
  /** Forms submitted. */
  submits: count,
});

/** What the in-page script sends the background every few seconds while capture is on. */
export const FrictionBatchSchema = z.strictObject({
  /** Random id: the background applies each batch once, so a resend after a lost reply counts nothing twice. */
  id: z.string().uuid(),
  /** ISO time the batch was closed. */
  at: z.string().datetime(),
  fields: z.array(FieldCountersSchema).max(2000),
  page: PageCountersSchema,
});

export const FlagFieldsSchema = z.strictObject({
  category: FrictionCategorySchema,
  severity: SeveritySchema,
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

/**
 * One stored counter row: a field (or "(page)") of a form on one day, as counted on one device and
 * summed over that device's batches. Rows of different devices add up; two copies of one device's row
 * (the same day exported twice) are the same counts, the later one at least as high.
 */
export const CounterRowSchema = z.strictObject({
  key: z.string(),
  /** The device that counted (lib/settings/device-id.ts); absent only on rows stored before devices were. */
  device: z.string().min(1).max(100).optional(),
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
export type PageCounters = z.infer<typeof PageCountersSchema>;
export type FrictionBatchInput = z.infer<typeof FrictionBatchSchema>;
export type FlagFields = z.infer<typeof FlagFieldsSchema>;
export type FrictionFlag = z.infer<typeof FrictionFlagSchema>;
export type CounterRow = z.infer<typeof CounterRowSchema>;
