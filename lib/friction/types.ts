/**
 * What passive friction capture produces: counters per field (or clicked element) and per page,
 * aggregated in memory in the page and sent to the background in batches. Never a value, a value's
 * length, or anything pasted. Plain types (no Zod) for the in-page script; lib/model/friction.ts
 * validates them on arrival.
 */

/** Counters for one form field, or one clicked element (rage and dead clicks), within one batch. */
export interface FieldCounters {
  /** The DOM form it belongs to: the form's id, name or `data-form-key`, or "(no form)". */
  form: string;
  /** Stable key of the field within the form: its name, else id, else label, else CSS selector. */
  field: string;
  tag: string;
  inputType?: string;
  name?: string;
  id?: string;
  /** The field's label text (or, for a clicked element, its accessible name), never its value. */
  label?: string;
  /** A CSS selector to find it again (for the in-page friction layer). */
  css?: string;
  /** Times the field received focus. */
  focus: number;
  /** Times the user came back to the field after leaving it with input. */
  returns: number;
  /** Milliseconds the field held focus. */
  dwellMs: number;
  /** Backspace and Delete presses (a count only, never which characters). */
  corrections: number;
  /** Paste events (a count only, never what was pasted). */
  pastes: number;
  /** Validation errors: `invalid` events and `aria-invalid="true"` being set. */
  invalid: number;
  /** Times this was the last field touched before the form was left unsubmitted. */
  abandoned: number;
  rageClicks: number;
  deadClicks: number;
}

/** Counters for the page as a whole within one batch. */
export interface PageCounters {
  /** An error summary (role=alert with links to fields, or `.error-summary`) appeared. */
  errorSummaries: number;
  /** A session-timeout warning appeared. */
  timeoutWarnings: number;
  /** The page was left (or reloaded) with input not submitted. */
  unsavedExits: number;
  /** Forms submitted. */
  submits: number;
}

export interface FrictionBatch {
  /** Random id: the background applies each batch once, so a resend after a lost reply counts nothing twice. */
  id: string;
  /** ISO time the batch was closed. */
  at: string;
  fields: FieldCounters[];
  page: PageCounters;
}

/** Thresholds of the passive signals (defaults from the domain notes §7). */
export interface FrictionThresholds {
  /** Clicks on the same element needed for a rage click. */
  rageClickCount: number;
  /** Max milliseconds between consecutive clicks of a rage click. */
  rageClickIntervalMs: number;
  /** Max pixels between consecutive clicks of a rage click. */
  rageClickRadiusPx: number;
  /** A click with no DOM change, navigation or scroll within this window is a dead click. */
  deadClickWindowMs: number;
  /** Milliseconds between batches sent to the background. */
  flushIntervalMs: number;
}

export const DEFAULT_THRESHOLDS: FrictionThresholds = {
  rageClickCount: 3,
  rageClickIntervalMs: 1000,
  rageClickRadiusPx: 100,
  deadClickWindowMs: 1000,
  flushIntervalMs: 5000,
};
