/**
 * How well the text around a candidate match agrees with the prefix and suffix recorded when the
 * annotation was made, and whether that context now closes over the gap where the quote was. Used by
 * match-quote (choosing among candidates) and by anchor (checking that a position still has its old
 * surroundings).
 *
 * A side is "intact" when the recorded text is still there next to the candidate character for
 * character (a few characters of slack allowed in between, for text inserted right next to the
 * quote). Looser similarity is not trusted: case records repeat whole paragraphs and rows, and a copy
 * elsewhere differs from the original's context only by a date or a name, a few characters.
 */
import search from 'approx-string-match';

export interface ContextScore {
  /** Edit similarity (0..1) of each side; 0 when that side was not recorded. */
  prefix: number;
  suffix: number;
  /** Edits between each recorded side and the text there; 0 when that side was not recorded. */
  prefixErrors: number;
  suffixErrors: number;
  /** Where an intact prefix ends and an intact suffix starts (offsets in the text), if they are. */
  prefixEnd?: number;
  suffixStart?: number;
  /** How many sides were recorded (0 to 2) and how many of them are intact. */
  recorded: number;
  intact: number;
  /** Sides intact, or found character for character at most their own length further away. */
  near: number;
}

/** Scores the context around `text[start, end)` against the recorded `prefix` and `suffix`. */
export function scoreContext(
  text: string,
  start: number,
  end: number,
  prefix: string | undefined,
  suffix: string | undefined,
): ContextScore {
  const from = Math.max(0, start - (prefix ? slack(prefix) : 0));
  const before = prefix ? side(prefix, text.slice(from, start), 'last') : null;
  const after = suffix ? side(suffix, text.slice(end, end + slack(suffix)), 'first') : null;
  const score: ContextScore = {
    prefix: before?.similarity ?? 0,
    suffix: after?.similarity ?? 0,
    prefixErrors: before?.errors ?? 0,
    suffixErrors: after?.errors ?? 0,
    recorded: (before ? 1 : 0) + (after ? 1 : 0),
    intact: (before?.intact ? 1 : 0) + (after?.intact ? 1 : 0),
    near: 0,
  };
  // A side pushed away by at most its own length of inserted text still counts as near.
  const prefixNear =
    before?.intact ||
    (!!prefix && text.slice(Math.max(0, start - 2 * prefix.length), start).includes(prefix));
  const suffixNear = after?.intact || (!!suffix && text.slice(end, end + 2 * suffix.length).includes(suffix));
  score.near = (prefixNear ? 1 : 0) + (suffixNear ? 1 : 0);
  if (before?.intact) score.prefixEnd = from + before.end;
  if (after?.intact) score.suffixStart = end + after.start;
  return score;
}

/** True when no context was recorded, or at least one recorded side is intact. */
export function contextAgrees(score: ContextScore): boolean {
  return score.recorded === 0 || score.intact > 0;
}

/**
 * True when every recorded side is near (and at least one was recorded) with at least one intact:
 * the quote still stands between its recorded context.
 */
export function framed(score: ContextScore): boolean {
  return score.recorded > 0 && score.intact > 0 && score.near === score.recorded;
}

/** A few characters of slack, so text inserted right next to the quote does not hide its context. */
function slack(recorded: string): number {
  return recorded.length + Math.min(16, Math.ceil(recorded.length / 4));
}

/** The recorded side against the actual text; `nearest` picks the match closest to the quote. */
function side(recorded: string, actual: string, nearest: 'first' | 'last') {
  const matches = search(actual, recorded, recorded.length);
  const best = nearest === 'first' ? matches[0] : matches[matches.length - 1];
  const errors = best ? best.errors : recorded.length;
  const similarity = Math.max(0, 1 - errors / recorded.length);
  return { similarity, errors, intact: errors === 0, start: best?.start ?? 0, end: best?.end ?? 0 };
}

/**
 * Where the recorded prefix and suffix meet in `text` with the quote gone from between them: the
 * offsets of the joins (where the prefix ends), empty when there is none.
 */
export function quoteCutOut(text: string, quote: string, prefix = '', suffix = ''): number[] {
  if (prefix.length < 8 || suffix.length < 8 || quote.length < 4) return [];
  // Fewer errors than the quote is long, so prefix + quote + suffix itself never counts as a join.
  const maxErrors = Math.min(4, Math.floor(quote.length / 3));
  // A join overlapping the quote itself is the quote's own text echoing its context, not a cut.
  const overlapsQuote = (start: number, end: number) => {
    for (let at = text.indexOf(quote, Math.max(0, start - quote.length)); at !== -1 && at < end;) {
      if (at + quote.length > start) return true;
      at = text.indexOf(quote, at + 1);
    }
    return false;
  };
  return search(text, prefix + suffix, maxErrors)
    .filter((m) => !overlapsQuote(m.start, m.end))
    .map((m) => Math.min(m.end, m.start + prefix.length));
}
