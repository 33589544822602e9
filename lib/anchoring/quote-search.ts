/**
 * Finding where a quote might be in the text of a record: every exact occurrence, and approximate
 * occurrences (approx-string-match, Myers' bit-parallel algorithm) in a region. match-quote decides
 * which of them, if any, may be trusted.
 */
import search from 'approx-string-match';

/** A place the quote may be: `text.slice(start, end)`, `errors` edits away from the quote. */
export interface QuoteMatch {
  start: number;
  end: number;
  errors: number;
}

const MAX_EXACT_CANDIDATES = 5000;

/** Every exact occurrence, or null when there are too many to judge (a guess either way). */
export function exactMatches(text: string, quote: string): QuoteMatch[] | null {
  const found: QuoteMatch[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (found.length >= MAX_EXACT_CANDIDATES) return null;
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/**
 * Approximate occurrences in `text[from, to)` with at most `maxErrors` edits. approx-string-match
 * reports only the lowest-error matches of a search, so the gaps around them are searched again (up
 * to `searches` searches in all) for other places with more edits: the right place when the first
 * ones are refused, or a rival that makes the choice a guess.
 */
export function approximateMatches(
  text: string,
  quote: string,
  maxErrors: number,
  [from, to]: [number, number],
  searches: number,
): QuoteMatch[] {
  const found: QuoteMatch[] = [];
  const segments: [number, number][] = [[from, to]];
  for (let budget = searches; budget > 0 && segments.length > 0; budget--) {
    const [a, b] = segments.shift()!;
    if (b - a < quote.length - maxErrors) continue;
    const matches = search(text.slice(a, b), quote, maxErrors);
    if (matches.length === 0) continue;
    for (const m of matches) found.push({ start: m.start + a, end: m.end + a, errors: m.errors });
    // Cut every match in half: the gaps between the cuts cannot hold it again.
    const cuts = matches.map((m) => a + ((m.start + m.end) >> 1)).sort((x, y) => x - y);
    [a, ...cuts].forEach((cut, i) => segments.push([cut, i < cuts.length ? cuts[i]! : b]));
  }
  return found;
}

/** More frames than this and the context does not single anything out: the caller orphans. */
const MAX_FRAMES = 5000;
/** Text inserted between the context and the quote that a frame still counts (as in score-context). */
const FRAME_SLACK = 16;

/**
 * Every place where the recorded `prefix` and `suffix` both still stand, exactly, with room between
 * them for the quote give or take `maxErrors` characters (and a few inserted next to it): the places
 * an edited quote with intact context can be. Returns the text between them as `[start, end)`, or null
 * when there are too many to judge.
 */
export function contextFrames(
  text: string,
  quote: string,
  prefix: string,
  suffix: string,
  maxErrors: number,
): [number, number][] | null {
  const frames: [number, number][] = [];
  const shortest = Math.max(0, quote.length - maxErrors);
  const longest = quote.length + maxErrors + 2 * FRAME_SLACK;
  let next = -1;
  for (let p = text.indexOf(prefix); p !== -1; p = text.indexOf(prefix, p + 1)) {
    const from = p + prefix.length;
    if (next < from + shortest) next = text.indexOf(suffix, from + shortest);
    if (next === -1) break;
    if (next - from > longest) continue;
    if (frames.length >= MAX_FRAMES) return null;
    frames.push([from, next]);
  }
  return frames;
}
