/**
 * Anchoring: describing what an auditor picked in a record as W3C selectors, and finding it again
 * after the record was re-rendered, edited or re-ordered, or reporting it as an orphan. In-page code
 * (the content script) calls this; it holds no Zod and reads no layout, so it stays small and fast.
 */
export { anchor, type AnchorResult, type RangeAnchor } from './anchor';
export { anchorAll } from './anchor-all';
export type { ElementAnchor } from './anchor-element';
export { describeElement, describeRange } from './describe';
export { cleanLabel, fieldIdentity, isFormControl, labelOf } from './field-identity';
export { matchQuote, type QuoteHints, type QuoteMatch } from './match-quote';
export {
  buildTextIndex,
  elementText,
  offsetsFromRange,
  rangeFromOffsets,
  type TextIndex,
} from './text-index';
