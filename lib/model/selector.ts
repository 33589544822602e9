/**
 * Where an observation points in the record, as W3C Web Annotation selectors (several alternatives,
 * most precise first), plus Margin's FieldSelector naming a form field by its identity. Validated in
 * the background; the in-page anchoring code imports only the types.
 */
import { z } from 'zod';

/** The quoted text with a little context either side (W3C TextQuoteSelector). */
export const TextQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(10_000),
  prefix: z.string().max(200).optional(),
  suffix: z.string().max(200).optional(),
});

/** Character offsets into the text of the record's content root (W3C TextPositionSelector). */
export const TextPositionSelectorSchema = z.strictObject({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

/** A CSS selector for an element (W3C CssSelector). */
export const CssSelectorSchema = z.strictObject({
  type: z.literal('CssSelector'),
  value: z.string().min(1).max(2000),
});

/**
 * Margin's own selector for form fields: the identity a field keeps when the page is rebuilt (its name,
 * id and label). Never the field's value. Exported under Margin's JSON-LD context.
 */
export const FieldSelectorSchema = z.strictObject({
  type: z.literal('FieldSelector'),
  tag: z.string().min(1).max(40),
  inputType: z.string().max(40).optional(),
  name: z.string().max(300).optional(),
  id: z.string().max(300).optional(),
  label: z.string().max(300).optional(),
});

export const SelectorSchema = z.discriminatedUnion('type', [
  TextQuoteSelectorSchema,
  TextPositionSelectorSchema,
  CssSelectorSchema,
  FieldSelectorSchema,
]);

export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;
export type CssSelector = z.infer<typeof CssSelectorSchema>;
export type FieldSelector = z.infer<typeof FieldSelectorSchema>;
export type Selector = z.infer<typeof SelectorSchema>;
