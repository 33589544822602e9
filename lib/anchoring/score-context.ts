/**
 * How well the text around a candidate match agrees with the prefix and suffix recorded when the
 * annotation was made, and whether that context now closes over the gap where the quote was. Used by
 * match-quote (choosing among candidates) and by anchor (checking that a position still has its old
 * surroundings).
 *
 * A side is "intact" when the recorded text is still there next to the candidate with at most one edit
 * (none for sides under 8 characters). Looser similarity is not trusted: case records repeat whole
 * paragraphs and rows, and a copy elsewhere differs from the original's context only by a date or a
 * name, a few characters.
 */
import search from 'approx-string-match';

export interface ContextScore {
  /** Edit similarity (0..1) of each side; 0 when that side was not recorded. */
  prefix: number;
  suffix: number;
  /** How many sides were recorded (0 to 2) and how many of them are intact. */
  recorded: number;
  intact: number;
}

/** Scores the context around `text[start, end)` against the recorded `prefix` and `suffix`. */
export function scoreContext(
  text: string,
  start: number,
  end: number,
  prefix: string | undefined,
  suffix: string | undefined,
): ContextScore {
  const before = prefix ? side(prefix, text.slice(Math.max(0, start - slack(prefix)), start)) : null;
  const after = suffix ? side(suffix, text.slice(end, end + slack(suffix))) : null;
  return {
    prefix: before?.similarity ?? 0,
    suffix: after?.similarity ?? 0,
    recorded: (before ? 1 : 0) + (after ? 1 : 0),
    intact: (before?.intact ? 1 : 0) + (after?.intact ? 1 : 0),
  };
}

/** True when no context was recorded, or at least one recorded side is intact. */
export function contextAgrees(score: ContextScore): boolean {
  return score.recorded === 0 || score.intact > 0;
}

/** A few characters of slack, so text inserted right next to the quote does not hide its context. */
function slack(recorded: string): number {
  return recorded.length + Math.min(16, Math.ceil(recorded.length / 4));
}

function side(recorded: string, actual: string) {
  const matches = search(actual, recorded, recorded.length);
  const errors = matches.length > 0 ? matches[0]!.errors : recorded.length;
  const similarity = Math.max(0, 1 - errors / recorded.length);
  return { similarity, intact: errors === 0 };
}

/** True when the recorded prefix and suffix meet in `text` with the quote gone from between them. */
export function quoteCutOut(text: string, quote: string, prefix = '', suffix = ''): boolean {
  if (prefix.length < 8 || suffix.length < 8 || quote.length < 4) return false;
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
  return search(text, prefix + suffix, maxErrors).some((m) => !overlapsQuote(m.start, m.end));
}
