/**
 * Picks the selectors anchoring understands out of an untrusted list. Anchoring runs on whatever was
 * stored or imported, so each selector is checked field by field here (without Zod, which stays out of
 * the in-page bundle); anything malformed is ignored rather than thrown on.
 */
import type { CssSelector, FieldSelector, TextPositionSelector, TextQuoteSelector } from '../model/selector';

export interface KnownSelectors {
  quote?: TextQuoteSelector;
  position?: TextPositionSelector;
  css?: CssSelector;
  field?: FieldSelector;
}

type Loose = Record<string, unknown>;

const optionalString = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

function asQuote(s: Loose): TextQuoteSelector | undefined {
  if (typeof s.exact !== 'string' || !s.exact) return undefined;
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: s.exact };
  const prefix = optionalString(s.prefix);
  const suffix = optionalString(s.suffix);
  if (prefix) quote.prefix = prefix;
  if (suffix) quote.suffix = suffix;
  return quote;
}

function asPosition(s: Loose): TextPositionSelector | undefined {
  const { start, end } = s;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  if ((start as number) < 0 || (end as number) < (start as number)) return undefined;
  return { type: 'TextPositionSelector', start: start as number, end: end as number };
}

function asCss(s: Loose): CssSelector | undefined {
  const value = optionalString(s.value);
  return value ? { type: 'CssSelector', value } : undefined;
}

function asField(s: Loose): FieldSelector | undefined {
  if (typeof s.tag !== 'string' || !/^[a-z][a-z0-9-]*$/i.test(s.tag)) return undefined;
  const field: FieldSelector = { type: 'FieldSelector', tag: s.tag.toLowerCase() };
  for (const key of ['inputType', 'name', 'id', 'label'] as const) {
    const value = optionalString(s[key]);
    if (value) field[key] = value;
  }
  return field;
}

/** The first well-formed selector of each kind; malformed entries and unknown types are skipped. */
export function readSelectors(selectors: unknown): KnownSelectors {
  const known: KnownSelectors = {};
  if (!Array.isArray(selectors)) return known;
  for (const entry of selectors as unknown[]) {
    if (!entry || typeof entry !== 'object') continue;
    const s = entry as Loose;
    if (s.type === 'TextQuoteSelector') known.quote ??= asQuote(s);
    else if (s.type === 'TextPositionSelector') known.position ??= asPosition(s);
    else if (s.type === 'CssSelector') known.css ??= asCss(s);
    else if (s.type === 'FieldSelector') known.field ??= asField(s);
  }
  return known;
}
