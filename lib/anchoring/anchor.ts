/**
 * Finds where an annotation points in the record now. Selectors are tried from the most precise to the
 * most forgiving: the recorded position (only if the same text is still there, in the same
 * surroundings), then the exact quote, then an approximate quote under match-quote's strict policy.
 * Element targets (a CssSelector or FieldSelector present) go through anchor-element. Anything that
 * cannot be found without guessing comes back null: the sidebar shows it as an orphan.
 */
import type { Selector } from '../model/selector';
import { anchorElement, type ElementAnchor } from './anchor-element';
import { matchQuote } from './match-quote';
import { readSelectors, type KnownSelectors } from './read-selectors';
import { framed, scoreContext } from './score-context';
import { buildTextIndex, rangeFromOffsets, type TextIndex } from './text-index';

export interface RangeAnchor {
  kind: 'range';
  range: Range;
  /** The text the range covers now (may differ from the recorded quote after a fuzzy match). */
  quote: string;
  method: 'position' | 'quote' | 'fuzzy';
}

export type AnchorResult = RangeAnchor | ElementAnchor;

function anchorText(
  index: TextIndex,
  { quote, position }: KnownSelectors,
  estimated: boolean,
): RangeAnchor | null {
  // A position alone is never trusted: without the quote there is no way to tell the text changed.
  if (!quote) return null;
  const { text } = index;
  const hint = position && position.start <= text.length ? position.start : undefined;
  if (position && text.slice(position.start, position.end) === quote.exact) {
    // Same text between the same context, character for character: nothing to weigh.
    const { prefix = '', suffix = '' } = quote;
    if (text.startsWith(prefix, position.start - prefix.length) && text.startsWith(suffix, position.end)) {
      const range = position.start >= prefix.length && rangeFromOffsets(index, position.start, position.end);
      if (range) return { kind: 'range', range, quote: quote.exact, method: 'position' };
    }
    // Same text at the same offsets, still between its recorded context: trusted. With a side changed
    // it may be the next copy of a template sentence that slid into the place; match-quote decides.
    const context = scoreContext(text, position.start, position.end, quote.prefix, quote.suffix);
    const familiar = context.recorded === 0 || framed(context);
    const range = familiar && rangeFromOffsets(index, position.start, position.end);
    if (range) return { kind: 'range', range, quote: quote.exact, method: 'position' };
  }
  const match = matchQuote(text, quote.exact, {
    prefix: quote.prefix,
    suffix: quote.suffix,
    hint,
    estimated,
  });
  const range = match && rangeFromOffsets(index, match.start, match.end);
  if (!match || !range) return null;
  return {
    kind: 'range',
    range,
    quote: text.slice(match.start, match.end),
    method: match.errors === 0 ? 'quote' : 'fuzzy',
  };
}

/**
 * Anchors one annotation in `root`. Pass the `index` built for this pass when anchoring many (see
 * anchorAll); it must have been built from `root` since the last DOM change. Never throws: malformed
 * selectors, invalid CSS or a changed page give null. `estimatedPosition` says the TextPositionSelector
 * was corrected from neighbouring annotations (anchor-all), so it may only separate exact ties.
 */
export function anchor(
  root: Element,
  selectors: Selector[],
  index?: TextIndex,
  estimatedPosition = false,
): AnchorResult | null {
  try {
    const known = readSelectors(selectors);
    const idx = index && index.root === root ? index : buildTextIndex(root);
    if (known.css || known.field) return anchorElement(root, idx, known.css, known.field, known.quote);
    return anchorText(idx, known, estimatedPosition);
  } catch {
    return null;
  }
}
