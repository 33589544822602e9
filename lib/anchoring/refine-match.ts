/**
 * Second looks at an approximate match before match-quote may accept it.
 *
 * Boundaries: approx-string-match reports the cheapest alignment, which may start or end inside a
 * word ("ater said" for "Noah said" where the text now reads "later said") or leave out a changed word
 * at an edge when slack in the context check lets it. When the context is intact on both sides, the
 * quote is what lies between them; when the quote began or ended on a word boundary, so should the
 * match. Of those readings, one that keeps the quote's word boundaries and has the fewest edits wins.
 *
 * Swapped names and numbers: case records are written from templates, so the same sentence appears in
 * many children's records and entries, differing in a name, a date or a time. A match that puts
 * another name or number where the quote had one is that other record's sentence, not an edit of the
 * quoted one; match-quote refuses it.
 */
import type { ContextScore } from './score-context';

/** Longest quote whose boundaries are refined (the edit distance is quadratic in the worst case). */
const MAX_REFINED_LENGTH = 2000;
/** How far a boundary may move to reach the start or end of a word. */
const MAX_WORD_STEP = 24;

export interface Span {
  start: number;
  end: number;
  errors: number;
}

const WORD = /[\p{L}\p{N}]/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/**
 * Levenshtein distance between `a` and `b`, or Infinity when it exceeds `max` (a band of width
 * 2 × max + 1 around the diagonal is computed).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j <= max ? j : Infinity;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    current.fill(Infinity);
    current[0] = i <= max ? i : Infinity;
    let best = current[0];
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j - 1]! + cost, previous[j]! + 1, current[j - 1]! + 1);
      if (current[j]! < best) best = current[j]!;
    }
    if (best > max) return Infinity;
    [previous, current] = [current, previous];
  }
  return previous[b.length]! <= max ? previous[b.length]! : Infinity;
}

/**
 * The best reading of an approximate match `span` of `quote` (with `context` scored around it): the
 * span itself, the text between intact prefix and suffix, or the span widened to whole words.
 */
export function refineSpan(
  text: string,
  quote: string,
  span: Span,
  context: ContextScore,
  startsWord: boolean,
  endsWord: boolean,
  maxErrors: number,
): Span {
  if (span.errors === 0 || quote.length > MAX_REFINED_LENGTH) return span;
  const readings: Span[] = [span];
  const add = (start: number, end: number) => {
    if (end <= start || (start === span.start && end === span.end)) return;
    const errors = editDistance(quote, text.slice(start, end), maxErrors);
    if (errors <= maxErrors) readings.push({ start, end, errors });
  };
  if (context.prefixEnd !== undefined && context.suffixStart !== undefined)
    add(context.prefixEnd, context.suffixStart);
  let start = span.start;
  let end = span.end;
  for (
    let step = 0;
    startsWord && step < MAX_WORD_STEP && isWord(text[start - 1]) && isWord(text[start]);
    step++
  )
    start--;
  for (let step = 0; endsWord && step < MAX_WORD_STEP && isWord(text[end]) && isWord(text[end - 1]); step++)
    end++;
  add(start, end);
  // A reading that cuts a word in two is worse, unless the quote itself began or ended inside a word.
  const midStart = isWord(quote[0]) && !startsWord;
  const midEnd = isWord(quote.at(-1)) && !endsWord;
  const cuts = (at: number) => isWord(text[at - 1]) && isWord(text[at]);
  const keepsWords = (s: Span) =>
    (!startsWord || !isWord(text[s.start - 1])) &&
    (!endsWord || !isWord(text[s.end])) &&
    (midStart || !cuts(s.start)) &&
    (midEnd || !cuts(s.end));
  // At equal cost, the text between intact context is the quote (an edited last word is still inside).
  const between = (s: Span) => (s.start === context.prefixEnd && s.end === context.suffixStart ? 0 : 1);
  const ranked = readings.map((s) => ({ s, words: keepsWords(s) ? 0 : 1 }));
  ranked.sort((x, y) => x.words - y.words || x.s.errors - y.s.errors || between(x.s) - between(y.s));
  return ranked[0]!.s;
}

/** Names and numbers: words that start with a capital letter or hold a digit. */
function markedWords(text: string): Set<string> {
  const words = text.split(/[^\p{L}\p{N}]+/u);
  return new Set(words.filter((w) => /^\p{Lu}/u.test(w) || /\p{N}/u.test(w)));
}

/**
 * True when the match `text[start, end)` replaces a name or number of the quote with another one. Words
 * cut by either edge are read whole, on both sides (cells and headings often run into each other in
 * the text with no space between them).
 */
export function swapsNames(
  text: string,
  start: number,
  end: number,
  quote: string,
  prefix = '',
  suffix = '',
): boolean {
  let from = start;
  let to = end;
  while (from > 0 && isWord(text[from - 1]) && isWord(text[from])) from--;
  while (to < text.length && isWord(text[to]) && isWord(text[to - 1])) to++;
  const head = isWord(quote[0]) ? (/[\p{L}\p{N}]*$/u.exec(prefix)?.[0] ?? '') : '';
  const tail = isWord(quote.at(-1)) ? (/^[\p{L}\p{N}]*/u.exec(suffix)?.[0] ?? '') : '';
  return swapped(head + quote + tail, text.slice(from, to));
}

function swapped(quote: string, found: string): boolean {
  const had = markedWords(quote);
  const has = markedWords(found);
  const added = [...has].some((w) => !had.has(w));
  const lost = [...had].some((w) => !has.has(w));
  return added && lost;
}

/**
 * How many words differ between `quote` and `found` (words of either left over by their longest
 * common subsequence of words, whichever is more).
 */
export function changedWords(quote: string, found: string): number {
  const a = quote.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const b = found.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = [0];
    for (let j = 1; j <= b.length; j++)
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    previous = current;
  }
  const common = previous[b.length]!;
  return Math.max(a.length - common, b.length - common);
}
