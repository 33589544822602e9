/**
 * Choosing the one place a quote is among scored candidates, or refusing to guess. Used by
 * match-quote, which decides which candidates are worth scoring.
 *
 * A place is "framed" when every recorded side of context is intact around it, one of them possibly
 * pushed a little away by text inserted next to the quote (with no context recorded, every place
 * counts as framed). A framed place wins when it is the only framed place and
 * no other place comes close: another place with one side intact and the other within a couple of
 * characters of the record is the same template sentence in a neighbouring entry, and the choice
 * between them would be a guess. A place that lost a side of context wins only by the position
 * hint, and only a hint recorded with the annotation: a position estimated from neighbouring
 * annotations (anchor-all) is too rough, as the next row of a table often holds the same template
 * sentence a few characters away. Places tied by the rules above are separated only by the position hint: the nearest must be
 * within 64 characters of it and every other place at least twice as far; a place near the hint is a
 * rival to a framed place far from it, unless that one's context touches it on both sides.
 */
import type { QuoteMatch } from './quote-search';
import { framed, type ContextScore } from './score-context';

export interface Candidate extends QuoteMatch, ContextScore {}

const NEAR_HINT = 64;
/** A side this close to the recorded one (but not equal) makes a rival of its place. */
const CLOSE_ERRORS = 2;

const isFramed = (c: Candidate) => c.recorded === 0 || framed(c);
const isCloseRival = (c: Candidate) =>
  c.recorded === 2 && c.intact === 1 && Math.max(c.prefixErrors, c.suffixErrors) <= CLOSE_ERRORS;

/** Every recorded side of context stands right next to the place, with nothing inserted between. */
const isTight = (c: Candidate) =>
  c.intact === c.recorded &&
  (c.prefixEnd === undefined || c.prefixEnd === c.start) &&
  (c.suffixStart === undefined || c.suffixStart === c.end);

/** How strongly a framed place holds: context touching on both sides (2), the quote exact (1). */
const strength = (c: Candidate) => (isTight(c) ? 2 : 0) + (c.errors === 0 ? 1 : 0);

/** One candidate per place: overlapping candidates are the same place with other boundaries. */
function places(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (x, y) =>
      y.intact - x.intact ||
      x.errors - y.errors ||
      x.prefixErrors + x.suffixErrors - (y.prefixErrors + y.suffixErrors),
  );
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((p) => c.start < p.end && p.start < c.end)) kept.push(c);
  return kept;
}

/** The place nearest the hint, if it is within NEAR_HINT and every other place twice as far. */
function byHint(list: Candidate[], hint: number | undefined): Candidate | null {
  if (hint === undefined || list.length === 0) return null;
  const distance = (c: Candidate) => Math.abs(c.start - hint);
  const sorted = [...list].sort((x, y) => distance(x) - distance(y));
  const nearest = distance(sorted[0]!);
  const next = sorted.length > 1 ? distance(sorted[1]!) : Infinity;
  return nearest <= NEAR_HINT && nearest * 2 < next ? sorted[0]! : null;
}

/**
 * The one place the quote can be under the rules above, null when the choice would be a guess, or
 * undefined when no candidate is even worth a guess (the caller may look further). `estimated` says
 * the hint was not recorded but estimated.
 */
export function choosePlace(
  candidates: Candidate[],
  hint?: number,
  estimated = false,
): QuoteMatch | null | undefined {
  const all = places(candidates);
  if (all.length === 0) return undefined;
  const near = byHint(all, hint);
  const framed = all.filter(isFramed);
  if (framed.length === 0) return near && !estimated ? strip(near) : undefined;
  // Of several framed places, the one whose context touches it on both sides (no slack), then the one
  // holding the quote exactly, beats the others.
  const best = Math.max(...framed.map(strength));
  const top = framed.filter((c) => strength(c) === best);
  const winner = top.length === 1 ? top[0]! : undefined;
  const rivals = all.filter(
    (c) => c !== winner && ((isFramed(c) && strength(c) === best) || isCloseRival(c)),
  );
  // The hint may separate ties, or prefer a place near it to one far away, but never a weaker one.
  const hintOverruled = !!winner && !!near && strength(near) < best;
  if (winner && rivals.length === 0 && (!near || near === winner || hintOverruled)) return strip(winner);
  // An edited copy is not told apart by position: the next entry of a template slides into the place
  // of a removed one.
  return near && isFramed(near) && near.errors === 0 && !hintOverruled ? strip(near) : null;
}

function strip(c: Candidate): QuoteMatch {
  return { start: c.start, end: c.end, errors: c.errors };
}
