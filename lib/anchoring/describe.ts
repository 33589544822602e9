/**
 * Turns what the auditor picked (a text selection or an element) into W3C selectors that can find it
 * again after the record is re-rendered or edited: several alternatives, most precise first. Runs in
 * the page; reads no layout and never a form field's value.
 */
import { finder } from '@medv/finder';
import type { CssSelector, Selector, TextPositionSelector, TextQuoteSelector } from '../model/selector';
import { fieldIdentity, isFormControl } from './field-identity';
import { buildTextIndex, offsetsFromRange, type TextIndex } from './text-index';

export const CONTEXT_LENGTH = 32;
export const MAX_QUOTE_LENGTH = 10_000;
export const MAX_ELEMENT_TEXT = 500;

/**
 * `[TextQuoteSelector, TextPositionSelector]` for a selection inside `root`: the exact text with 32
 * characters of context either side, and its offsets in the root's text. Throws an Error saying why when
 * the range is collapsed, outside `root`, covers no page text, or is longer than 10,000 characters.
 */
export function describeRange(root: Element, range: Range, index?: TextIndex): Selector[] {
  if (range.collapsed) throw new Error('Cannot describe an empty selection: select some text first.');
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) {
    throw new Error('Cannot describe a selection that lies outside the record content.');
  }
  const idx = index ?? buildTextIndex(root);
  const offsets = offsetsFromRange(idx, range);
  if (!offsets || offsets.start === offsets.end) {
    throw new Error('Cannot describe a selection that holds no text of the record.');
  }
  if (offsets.end - offsets.start > MAX_QUOTE_LENGTH) {
    throw new Error(`Cannot describe a selection longer than ${MAX_QUOTE_LENGTH} characters.`);
  }
  const position: TextPositionSelector = { type: 'TextPositionSelector', ...offsets };
  return [quoteAt(idx.text, offsets.start, offsets.end), position];
}

function quoteAt(text: string, start: number, end: number): TextQuoteSelector {
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: text.slice(start, end) };
  const prefix = text.slice(Math.max(0, start - CONTEXT_LENGTH), start);
  const suffix = text.slice(end, end + CONTEXT_LENGTH);
  if (prefix) quote.prefix = prefix;
  if (suffix) quote.suffix = suffix;
  return quote;
}

// Names that build tools and frameworks generate (hashes, counters) change with every release or
// render: a selector built on them would break or, worse, point elsewhere.
const GENERATED = [
  /\d{6,}/, // long counters and timestamps
  /[0-9a-f]{8}-?[0-9a-f]{4}/i, // UUID-like
  /^(css|sc|jsx|emotion|svelte|ember|react|mui|chakra|ng|v)-/i,
  /^:r[0-9a-z]*:$/i, // React useId
  /__[a-z0-9]{4,}$/i, // CSS modules suffix
  /(^|[-_])(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{5,}$/i, // hash-like final segment mixing letters and digits
];

function looksGenerated(name: string): boolean {
  return name.length > 60 || GENERATED.some((pattern) => pattern.test(name));
}

const STABLE_ATTRIBUTES = new Set(['name', 'role', 'aria-label', 'for', 'type', 'title', 'headers']);

function stableAttribute(name: string, value: string): boolean {
  const known = STABLE_ATTRIBUTES.has(name) || (name.startsWith('data-') && !looksGenerated(name));
  return known && value.length > 0 && value.length < 100 && !looksGenerated(value);
}

/** A unique CSS selector for `element` within `root`, or null when finder cannot build one. */
function cssFor(root: Element, element: Element): CssSelector | null {
  try {
    const value = finder(element, {
      root,
      idName: (name) => !looksGenerated(name),
      className: (name) => !looksGenerated(name) && !/^(is|has)-|active|selected|hover|focus/i.test(name),
      attr: stableAttribute,
      timeoutMs: 300,
    });
    return { type: 'CssSelector', value };
  } catch {
    return null;
  }
}

/**
 * Selectors for a picked element inside `root`: a CssSelector (when one can be built), its
 * FieldSelector identity, and for elements that are not form controls and hold text (a table cell, a
 * paragraph) a TextQuoteSelector of that text, trimmed, at most 500 characters, with context. Throws
 * when `element` is not inside `root`.
 */
export function describeElement(root: Element, element: Element, index?: TextIndex): Selector[] {
  if (element === root || !root.contains(element)) {
    throw new Error('Cannot describe an element that lies outside the record content.');
  }
  const selectors: Selector[] = [];
  const css = cssFor(root, element);
  if (css) selectors.push(css);
  selectors.push(fieldIdentity(element));
  if (!isFormControl(element)) {
    const idx = index ?? buildTextIndex(root);
    const range = element.ownerDocument.createRange();
    range.selectNodeContents(element);
    const offsets = offsetsFromRange(idx, range);
    if (offsets) {
      const raw = idx.text.slice(offsets.start, offsets.end);
      const start = offsets.start + (raw.length - raw.trimStart().length);
      const trimmed = raw.trim().slice(0, MAX_ELEMENT_TEXT);
      if (trimmed) selectors.push(quoteAt(idx.text, start, start + trimmed.length));
    }
  }
  return selectors;
}
