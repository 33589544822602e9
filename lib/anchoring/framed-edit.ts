/**
 * Two checks that read the recorded context for meaning rather than character for character, for
 * match-quote. Whitespace carries no evidence: template pages (GOV.UK and NHS.UK components, admin
 * forms) indent every block alike, so a prefix of newlines and spaces matches beside every copy of a
 * label.
 *
 * editedInFrame: the quote edited where it stood. When the recorded prefix and suffix both still stand,
 * exactly and touching, around one span of text, that frame occurs once in the whole text, each side
 * holds a few characters that are not whitespace, and the span differs from the quote by at most one
 * word (not a name or number swapped for another), within a few characters of the recorded position
 * when there is one, the span is the quote as it reads now. This finds
 * short quotes after a one-word edit, which the approximate search cannot (20% of a short quote is
 * less than a word).
 *
 * otherSideNearby: for a quote found by one intact side only, whether the other recorded side is still
 * close by, pushed away by inserted text: its part nearest the quote (whitespace collapsed) found within
 * a short window. Without it, a quote removed from between its context looks like the one copy left
 * elsewhere that shares a side with it.
 */
import type { QuoteMatch } from './quote-search';
import { changedWords, swapsNames } from './refine-match';
import { quoteCutOut } from './score-context';

/** Characters other than whitespace each side must hold to count as evidence, and both together. */
const MIN_SIDE_EVIDENCE = 3;
const MIN_EVIDENCE = 12;
/** How much of a side is looked for when it was pushed away, and how far. */
const NEAR_SNIPPET = 12;
const MIN_SNIPPET_EVIDENCE = 4;
const NEAR_WINDOW = 96;
/** How far from the recorded position an edited quote may be found (edits before it shift it a little). */
const IN_PLACE = 16;

/** Characters other than whitespace. */
export const evidence = (side: string) => side.replace(/\s+/g, '').length;
const squeeze = (text: string) => text.replace(/\s+/g, ' ');

/** The quote edited in place between its intact, unique context (see above), or null. */
export function editedInFrame(
  text: string,
  quote: string,
  prefix: string,
  suffix: string,
  hint?: number,
): QuoteMatch | null {
  const pe = evidence(prefix);
  const se = evidence(suffix);
  if (pe < MIN_SIDE_EVIDENCE || se < MIN_SIDE_EVIDENCE || pe + se < MIN_EVIDENCE) return null;
  const slack = Math.max(8, Math.ceil(quote.length / 2));
  const shortest = Math.max(1, quote.length - slack);
  const longest = quote.length + slack;
  let found: [number, number] | null = null;
  let frames = 0;
  for (let p = text.indexOf(prefix); p !== -1; p = text.indexOf(prefix, p + 1)) {
    const from = p + prefix.length;
    const to = text.indexOf(suffix, from + shortest);
    if (to === -1) break;
    if (to - from > longest) continue;
    if (++frames > 1) return null;
    found = [from, to];
  }
  if (!found) return null;
  const [start, end] = found;
  // A sibling copy one word away is what a removed block leaves near its place: only in place.
  if (hint !== undefined && Math.abs(start - hint) > IN_PLACE) return null;
  const now = text.slice(start, end);
  if (now === quote) return null; // not edited: the exact rules decide
  if (changedWords(quote, now) > 1 || swapsNames(text, start, end, quote, prefix, suffix)) return null;
  // The context joined somewhere with the quote gone from between: it was cut out there, and this frame
  // is a sibling copy that differs by a word.
  if (quoteCutOut(text, quote, prefix, suffix).length > 0) return null;
  return { start, end, errors: Math.max(1, Math.abs(now.length - quote.length)) };
}

/**
 * True when the side of context that is not intact around `text[start, end)` is still close by (see
 * above); false when it holds too little evidence to tell. `side` says which side is missing.
 */
export function otherSideNearby(
  text: string,
  start: number,
  end: number,
  recorded: string | undefined,
  side: 'prefix' | 'suffix',
): boolean {
  if (!recorded) return true;
  const squeezed = squeeze(recorded).trim();
  const window = squeeze(
    side === 'prefix'
      ? text.slice(Math.max(0, start - NEAR_WINDOW), start)
      : text.slice(end, end + NEAR_WINDOW),
  );
  // The part nearest the quote, shortened while it keeps enough evidence (text may be inserted inside).
  for (let length = NEAR_SNIPPET; length > 0; length--) {
    const snippet = side === 'prefix' ? squeezed.slice(-length) : squeezed.slice(0, length);
    if (evidence(snippet) < MIN_SNIPPET_EVIDENCE) return false;
    if (window.includes(snippet)) return true;
  }
  return false;
}
