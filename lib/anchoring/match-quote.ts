/**
 * Finds a quote in the text of a record, exactly or approximately (approx-string-match, Myers'
 * bit-parallel algorithm), and decides whether a candidate may be trusted.
 *
 * Acceptance policy. Anchoring to the wrong text is the worst outcome (an orphan is shown as an orphan;
 * a wrong highlight misleads), and case records repeat sentences, paragraphs and rows word for word,
 * so a candidate is accepted only when:
 * - its edit distance is at most 20% of the quote's length (10% when no context was recorded), and
 *   quotes under 20 characters match exactly;
 * - the quote was not cut out: if the recorded prefix and suffix now meet (within 4 edits) near the old
 *   position with the quote gone from between them, it was deleted there, whatever copies remain;
 * - its context is intact (score-context: a recorded side still next to it, character for character).
 *   In place first: within 64 characters of the recorded position, a candidate with every recorded
 *   side intact is taken (the quote edited where it stood). Elsewhere, exact then approximate
 *   candidates need at least one intact side;
 * - it is the one place: no other place has as many intact sides. A winner that lost a side of context
 *   is taken only if it is the only occurrence at all. Places tied at the top are separated only by
 *   the position hint, when the nearest is within 64 characters of it and the next twice as far.
 *   Otherwise null: an orphan rather than a guess.
 * Approximate search runs near the position hint before the whole text (in chunks), so a 1 MB record
 * costs little when the text did not move far.
 */
import search from 'approx-string-match';
import { contextAgrees, quoteCutOut, scoreContext, type ContextScore } from './score-context';

export const MIN_FUZZY_LENGTH = 20;
export const MAX_ERROR_RATE = 0.2;
const MAX_ERROR_RATE_WITHOUT_CONTEXT = 0.1;
const MAX_EXACT_CANDIDATES = 5000;
const CHUNK = 65_536;
/** Searches per region: the first, then gaps between refused matches (more near the hint). */
const GAP_SEARCHES_NEAR = 16;
const GAP_SEARCHES_FAR = 4;
const NEAR_HINT = 64;
const IN_PLACE = 64;

export interface QuoteHints {
  prefix?: string;
  suffix?: string;
  /** Where the quote started when it was described (TextPositionSelector.start). */
  hint?: number;
}

/** An accepted match: `text.slice(start, end)` is the anchored text. */
export interface QuoteMatch {
  start: number;
  end: number;
  errors: number;
}

interface Candidate extends QuoteMatch, ContextScore {
  total: number;
}

type Accept = (candidate: Candidate) => boolean;
const allIntact: Accept = (c) => c.recorded > 0 && c.intact === c.recorded;
const agrees: Accept = (c) => contextAgrees(c);

/**
 * The best trustworthy match of `quote` in `text` under the policy above, or null (an orphan) when
 * nothing qualifies or the choice would be a guess.
 */
export function matchQuote(text: string, quote: string, hints: QuoteHints = {}): QuoteMatch | null {
  if (!quote) return null;
  const hasContext = !!(hints.prefix || hints.suffix);
  const fuzzy = quote.length >= MIN_FUZZY_LENGTH;
  const rate = hasContext ? MAX_ERROR_RATE : MAX_ERROR_RATE_WITHOUT_CONTEXT;
  const maxErrors = fuzzy ? Math.floor(quote.length * rate) : 0;
  const find = (from: number, to: number, accept: Accept, budget: number) =>
    candidates(text, quote, hints, maxErrors, [from, to], accept, budget);

  if (hints.hint !== undefined) {
    const hint = hints.hint;
    const near = (margin: number): [number, number] => [
      Math.max(0, hint - margin),
      hint + quote.length + margin,
    ];
    const [from, to] = near(Math.max(4096, quote.length * 4));
    if (quoteCutOut(text.slice(from, to), quote, hints.prefix, hints.suffix)) return null;
    const inPlace = choose(find(...near(IN_PLACE), allIntact, GAP_SEARCHES_NEAR), hints);
    if (inPlace !== undefined) return inPlace;
  }
  const exact = exactMatches(text, quote);
  if (exact === null) return null;
  const fromExact = choose(
    exact.map((m) => evaluate(text, quote, m, hints)).filter(agrees),
    hints,
    exact.length,
  );
  if (fromExact !== undefined || !fuzzy) return fromExact ?? null;
  const all: Candidate[] = [];
  for (let from = 0; from < text.length; from += CHUNK) {
    const to = Math.min(text.length, from + CHUNK + quote.length + maxErrors);
    all.push(...find(from, to, agrees, GAP_SEARCHES_FAR));
  }
  return choose(all, hints) ?? null;
}

/** Every exact occurrence, or null when there are too many to judge (a guess either way). */
function exactMatches(text: string, quote: string): QuoteMatch[] | null {
  const found: QuoteMatch[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (found.length >= MAX_EXACT_CANDIDATES) return null;
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/**
 * Candidates in `text[from, to)` that `accept` takes. approx-string-match reports only the
 * lowest-error matches of a search, so when those are refused the gaps around them are searched again
 * (a few times at most) for the right place with more edits.
 */
function candidates(
  text: string,
  quote: string,
  hints: QuoteHints,
  maxErrors: number,
  region: [number, number],
  accept: Accept,
  budget: number,
): Candidate[] {
  const accepted: Candidate[] = [];
  const segments: [number, number][] = [region];
  for (; budget > 0 && segments.length > 0; budget--) {
    const [a, b] = segments.shift()!;
    if (b - a < quote.length - maxErrors) continue;
    const matches = search(text.slice(a, b), quote, maxErrors).map((m) => ({
      start: m.start + a,
      end: m.end + a,
      errors: m.errors,
    }));
    const good = matches.map((m) => evaluate(text, quote, m, hints)).filter(accept);
    if (good.length > 0) accepted.push(...good);
    else if (matches.length > 0) {
      // Cut every refused match in half: the gaps between the cuts cannot hold it again.
      const cuts = matches.map((m) => (m.start + m.end) >> 1).sort((x, y) => x - y);
      [a, ...cuts].forEach((cut, i) => segments.push([cut, i < cuts.length ? cuts[i]! : b]));
    }
  }
  return accepted;
}

function evaluate(text: string, quote: string, match: QuoteMatch, hints: QuoteHints): Candidate {
  const context = scoreContext(text, match.start, match.end, hints.prefix, hints.suffix);
  const similarity = 1 - match.errors / quote.length;
  return { ...match, ...context, total: 2 * similarity + context.prefix + context.suffix };
}

/**
 * The one place the quote can be, or undefined when there is no candidate and null when the choice
 * would be a guess. Places are ranked by how many sides of context are intact. The top place wins when
 * no other place is as good, and, if even it has lost a side of context, only when it is the sole
 * candidate. Places tied at the top are separated only by the position hint, when the nearest is
 * within a few characters of it and the next is at least twice as far.
 */
function choose(candidates: Candidate[], hints: QuoteHints, occurrences = 1): QuoteMatch | null | undefined {
  if (candidates.length === 0) return undefined;
  const sorted = [...candidates].sort((x, y) => y.intact - x.intact || y.total - x.total);
  // Overlapping candidates are the same place with other boundaries: keep the best of each place.
  const places: Candidate[] = [];
  for (const c of sorted) {
    if (!places.some((p) => c.start < p.end && p.start < c.end)) places.push(c);
  }
  const best = places[0]!;
  const top = places.filter((p) => p.intact === best.intact);
  const sole = places.length === 1 && occurrences === 1;
  if (top.length === 1) return best.intact === best.recorded || sole ? strip(best) : null;
  if (hints.hint === undefined) return null;
  const hint = hints.hint;
  const byDistance = top.sort((x, y) => Math.abs(x.start - hint) - Math.abs(y.start - hint));
  const nearest = Math.abs(byDistance[0]!.start - hint);
  const next = Math.abs(byDistance[1]!.start - hint);
  return nearest <= NEAR_HINT && nearest * 2 < next ? strip(byDistance[0]!) : null;
}

function strip(c: Candidate): QuoteMatch {
  return { start: c.start, end: c.end, errors: c.errors };
}
