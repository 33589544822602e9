/**
 * Finds a quote in the text of a record, exactly or approximately, and decides whether a candidate may
 * be trusted.
 *
 * Acceptance policy. Anchoring to the wrong text is the worst outcome (an orphan is shown as an orphan;
 * a wrong highlight misleads), and case records repeat sentences, paragraphs and rows word for word,
 * so a candidate is accepted only when:
 * - its edit distance is at most 20% of the quote's length (10% when no context was recorded), and
 *   quotes under 20 characters match exactly;
 * - the quote was not cut out: if the recorded prefix and suffix now meet (within 4 edits) near the old
 *   position with the quote gone from between them, it was deleted there, whatever copies remain;
 * - in place, within 64 characters of the recorded position, every recorded side of its context is
 *   intact (the quote edited where it stood);
 * - elsewhere, it is the one place (choose-place): every recorded side intact and no other place as
 *   good or nearly as good, else only the recorded position may decide. Exact occurrences are judged
 *   first. An edited quote elsewhere is looked for between its intact prefix and suffix, and must not
 *   swap a name or number of the quote for another (refine-match): that is another record's copy of
 *   the same template sentence; nor differ from it by more than two words (a moved and rewritten
 *   sentence is more likely a similar sentence of the template than the quoted one);
 * - or it is the quote's only exact occurrence, with one side of context intact, and nothing else in
 *   the text comes within 20% edits of the quote.
 * Otherwise null: an orphan rather than a guess.
 */
import { choosePlace, type Candidate } from './choose-place';
import { approximateMatches, contextFrames, exactMatches, type QuoteMatch } from './quote-search';
import { changedWords, editDistance, refineSpan, swapsNames } from './refine-match';
import { contextAgrees, framed, quoteCutOut, scoreContext } from './score-context';
import { editedInFrame, evidence, otherSideNearby } from './framed-edit';

const strip = ({ start, end, errors }: QuoteMatch): QuoteMatch => ({ start, end, errors });

export type { QuoteMatch } from './quote-search';

export const MIN_FUZZY_LENGTH = 20;
export const MAX_ERROR_RATE = 0.2;
const MAX_ERROR_RATE_WITHOUT_CONTEXT = 0.1;
const CHUNK = 65_536;
/** Searches per region: the first, then gaps around what it found (more near the hint). */
const SEARCHES_NEAR = 16;
const SEARCHES_FAR = 4;
const IN_PLACE = 64;
const WORD = /[\p{L}\p{N}]/u;
/** Longer quotes are compared with their frame by approximate search only (distance is quadratic). */
const MAX_DISTANCE_LENGTH = 2000;
/** An edited quote found away from its recorded position may differ by this many words at most. */
const MAX_CHANGED_WORDS_ELSEWHERE = 2;
/** Characters other than whitespace in an intact, touching side that outweigh a resembling copy. */
const STRONG_SIDE = 16;

export interface QuoteHints {
  prefix?: string;
  suffix?: string;
  /** Where the quote started when it was described (TextPositionSelector.start). */
  hint?: number;
  /** The hint is an estimate (from neighbouring annotations), not the recorded position. */
  estimated?: boolean;
}

/**
 * The best trustworthy match of `quote` in `text` under the policy above, or null (an orphan) when
 * nothing qualifies or the choice would be a guess.
 */
export function matchQuote(text: string, quote: string, hints: QuoteHints = {}): QuoteMatch | null {
  if (!quote) return null;
  const { prefix, suffix, hint, estimated } = hints;
  // Unique, meaningful context on both sides, intact and touching around an edited quote: the quote as
  // it reads now (unless it was cut out at its recorded position, checked first when that is known).
  const edited = () => (prefix && suffix ? editedInFrame(text, quote, prefix, suffix, hint) : null);
  if (hint === undefined && edited()) return edited();
  const fuzzy = quote.length >= MIN_FUZZY_LENGTH;
  const rate = prefix || suffix ? MAX_ERROR_RATE : MAX_ERROR_RATE_WITHOUT_CONTEXT;
  const maxErrors = fuzzy ? Math.floor(quote.length * rate) : 0;
  // Whether the quote began and ended on word boundaries, which an approximate match should keep.
  const startsWord = WORD.test(quote[0]!) && !WORD.test(prefix?.at(-1) ?? ' ');
  const endsWord = WORD.test(quote.at(-1)!) && !WORD.test(suffix?.[0] ?? ' ');
  const score = (m: QuoteMatch): Candidate => ({
    ...m,
    ...scoreContext(text, m.start, m.end, prefix, suffix),
  });
  const refine = (m: QuoteMatch): Candidate => {
    const first = score(m);
    const better = refineSpan(text, quote, first, first, startsWord, endsWord, maxErrors);
    return better === first ? first : score(better);
  };
  const approximate = (from: number, to: number, searches: number) =>
    approximateMatches(text, quote, maxErrors, [from, to], searches).map(refine);
  const choose = (list: Candidate[]) => choosePlace(list, hint, estimated);

  if (hint !== undefined) {
    const near = (margin: number): [number, number] => [
      Math.max(0, hint - margin),
      hint + quote.length + margin,
    ];
    const [from, to] = near(Math.max(4096, quote.length * 4));
    // Prefix and suffix meeting near the old position mean the quote was cut out there, unless the quote
    // still stands whole between them nearer to it (the join is then two copies of a template sentence).
    // The quote standing exactly between its exact context close by beats an edited copy in place.
    const whole = (prefix ?? '') + quote + (suffix ?? '');
    const standsWhole = text.slice(...near(2 * IN_PLACE + whole.length)).includes(whole);
    const joins = quoteCutOut(text.slice(from, to), quote, prefix, suffix);
    if (joins.length > 0) {
      const distance = (at: number) => Math.abs(from + at - hint);
      const region = text.slice(from, to);
      let nearestWhole = Infinity;
      for (let at = region.indexOf(whole); at !== -1; at = region.indexOf(whole, at + 1))
        nearestWhole = Math.min(nearestWhole, distance(at + (prefix?.length ?? 0)));
      if (Math.min(...joins.map(distance)) < nearestWhole) return null;
    }
    const inFrame = edited();
    if (inFrame) return inFrame;
    // Searched wider than it accepts, so a match is never cut short by the edge of the region.
    const [a, b] = near(IN_PLACE + quote.length + maxErrors);
    const nearby = approximate(a, b, SEARCHES_NEAR).filter(
      (c) => contextAgrees(c) && Math.abs(c.start - hint) <= IN_PLACE && (c.errors === 0 || !standsWhole),
    );
    const inPlace = choose(nearby.filter(framed));
    if (inPlace !== undefined) return inPlace;
  }
  const exact = exactMatches(text, quote);
  if (exact === null) return null;
  const exactCandidates = exact.map(score).filter(contextAgrees);
  const fromExact = choose(exactCandidates);
  if (fromExact !== undefined) return fromExact;
  // The only occurrence, with one side of context intact: trusted only if nothing else in the text
  // even resembles it (no copy of the same template sentence with another name or date).
  const sole = exact.length === 1 && exactCandidates.length === 1 ? exactCandidates[0]! : undefined;
  const lonely = () => sole !== undefined && otherSide(sole) && (!resembled(sole) || strongSide(sole));
  if (!fuzzy) return lonely() ? strip(sole!) : null;
  const elsewhere = prefix && suffix ? betweenContext(prefix, suffix) : everywhere(maxErrors);
  if (elsewhere === null) return null;
  const trusted = elsewhere.filter(
    (c) =>
      contextAgrees(c) &&
      !swapsNames(text, c.start, c.end, quote, prefix, suffix) &&
      changedWords(quote, text.slice(c.start, c.end)) <= MAX_CHANGED_WORDS_ELSEWHERE,
  );
  const chosen = choose([...trusted, ...exactCandidates]);
  if (chosen !== undefined) return chosen;
  return lonely() ? strip(sole!) : null;

  /** Both recorded sides intact, or the one that is not still close by. */
  function otherSide(c: Candidate): boolean {
    if (c.intact === c.recorded) return true;
    return c.prefixEnd === undefined
      ? otherSideNearby(text, c.start, c.end, prefix, 'prefix')
      : otherSideNearby(text, c.start, c.end, suffix, 'suffix');
  }

  /** An intact side touching the quote with enough evidence that a resembling copy elsewhere is not it. */
  function strongSide(c: Candidate): boolean {
    return (
      (c.prefixEnd === c.start && evidence(prefix ?? '') >= STRONG_SIDE) ||
      (c.suffixStart === c.end && evidence(suffix ?? '') >= STRONG_SIDE)
    );
  }

  /** True when another place is within 20% edits of the quote (at least one edit). */
  function resembled(only: Candidate): boolean {
    const errors = Math.max(1, Math.floor(quote.length * MAX_ERROR_RATE));
    return everywhere(errors, false).some((c) => c.end <= only.start || c.start >= only.end);
  }

  /** Edited copies of the quote between its intact prefix and suffix, wherever they stand. */
  function betweenContext(before: string, after: string): Candidate[] | null {
    const frames = contextFrames(text, quote, before, after, maxErrors);
    if (frames === null) return null;
    return frames.flatMap(([from, to]) => {
      const errors =
        quote.length <= MAX_DISTANCE_LENGTH ? editDistance(quote, text.slice(from, to), maxErrors) : Infinity;
      if (errors <= maxErrors) return [score({ start: from, end: to, errors })];
      return approximate(from, to, 2);
    });
  }

  /** Approximate occurrences in the whole text, in chunks, up to `errors` edits away. */
  function everywhere(errors: number, scored = true): Candidate[] {
    const all: Candidate[] = [];
    for (let from = 0; from < text.length; from += CHUNK) {
      const to = Math.min(text.length, from + CHUNK + quote.length + errors);
      const found = approximateMatches(text, quote, errors, [from, to], SEARCHES_FAR);
      all.push(...found.map((m) => (scored ? refine(m) : (m as Candidate))));
    }
    return all;
  }
}
