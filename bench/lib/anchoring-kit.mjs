// In-page half of the anchoring benchmark (bundled into window.AnchoringBench): labels the record's
// text blocks, picks annotations with Margin's describeRange, mutates the page while tracking where
// every annotation's text went (block-local offsets, so re-ordering is harmless), and anchors with
// Margin, @apache-annotator/dom or dom-anchor-text-quote, scoring each result against the expectation.
import { anchorAll, buildTextIndex, describeRange } from '../../lib/anchoring/index.ts';
import { createTextQuoteSelectorMatcher } from '@apache-annotator/dom';
import { toRange as textQuoteToRange } from 'dom-anchor-text-quote';
import { seeded } from './stats.mjs';
import { pointAt, small } from './anchoring-small-kit.mjs';

const BLOCKS = '.casenote-body > p, .chronology-table td';
const root = () => document.querySelector('#record');
const collapse = (text) => text.replace(/\s+/g, ' ').trim();

/** Gives every text block a stable `data-b` label (kept in the saved HTML). */
function label() {
  [...root().querySelectorAll(BLOCKS)].forEach((el, i) => (el.dataset.b = String(i)));
}

function occurrences(text, needle) {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0 && count < 2; at = text.indexOf(needle, at + 1)) count++;
  return count;
}
const contextOf = (selectors) => {
  const q = selectors.find((s) => s.type === 'TextQuoteSelector');
  return (q.prefix ?? '') + q.exact + (q.suffix ?? '');
};

/** Picks `n` annotations (2–20 words inside one block), spread over the whole record. */
function pick(n, seed) {
  label();
  const rand = seeded(seed);
  const index = buildTextIndex(root());
  const blocks = [...root().querySelectorAll('[data-b]')].filter((b) => b.textContent.trim().length >= 40);
  const out = [];
  const taken = new Set();
  while (out.length < n) {
    const block = blocks[Math.floor(rand() * blocks.length)];
    const words = [...block.textContent.matchAll(/\S+/g)];
    const len = Math.min(words.length, 2 + Math.floor(rand() * 19));
    const first = Math.floor(rand() * (words.length - len + 1));
    const start = words[first].index;
    const end = words[first + len - 1].index + words[first + len - 1][0].length;
    const key = `${block.dataset.b}:${start}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const range = document.createRange();
    range.setStart(...pointAt(block, start, true));
    range.setEnd(...pointAt(block, end));
    const selectors = describeRange(root(), range, index);
    // Only quotes whose text with context is unique on the original: each has one right answer.
    if (occurrences(index.text, contextOf(selectors)) !== 1) continue;
    out.push({
      id: `a${out.length}`,
      selectors,
      expected: { status: 'anchored', b: block.dataset.b, start, end, text: range.toString() },
    });
  }
  return out;
}

/** Replaces block-local [at, at + del) with `ins` (inside one text node). */
function edit(block, at, del, ins) {
  const [node, offset] = pointAt(block, at, true);
  if (offset + del > node.data.length) return false;
  node.replaceData(offset, del, ins);
  return true;
}

const WORDS = ['probably', 'recently', 'briefly', 'clearly', 'quietly', 'later', 'again', 'mostly'];

/**
 * Mutates the labelled page: sections re-ordered (volumes, case notes and chronology, some notes), text
 * inserted at the start of some annotated blocks and as new paragraphs, a word changed inside some
 * long quotes, some annotated blocks removed. Returns the annotations with updated expectations
 * (annotations whose boundaries an edit cut across have no clear right answer and are left out).
 */
function mutate(annotations, seed) {
  const rand = seeded(seed);
  const byBlock = new Map();
  for (const a of annotations) byBlock.set(a.expected.b, [...(byBlock.get(a.expected.b) ?? []), a]);
  const edits = new Map(); // block → [{ at, del, ins }]
  const removed = new Set();
  const blockOf = (b) => root().querySelector(`[data-b="${b}"]`);
  [...byBlock.keys()].forEach((b, i) => {
    const block = blockOf(b);
    if (i % 10 === 3) return void removed.add(b);
    const list = [];
    if (i % 4 === 1) {
      const ins = `(${WORDS[i % WORDS.length]} added in review) `;
      if (edit(block, 0, 0, ins)) list.push({ at: 0, del: 0, ins: ins.length });
    }
    for (const a of byBlock.get(b).sort((x, y) => x.expected.start - y.expected.start)) {
      const { start, end } = a.expected;
      if (end - start < 60 || rand() > 0.5) continue;
      // Edits so far are in original offsets; those before this quote have moved it.
      const shift = list.filter((e) => e.at + e.del <= start).reduce((sum, e) => sum + e.ins - e.del, 0);
      const text = block.textContent;
      const inner = [...text.slice(start + shift, end + shift).matchAll(/\b[A-Za-z]{4,9}\b/g)].filter(
        (m) => m.index > 8 && m.index + m[0].length < end - start - 8,
      );
      const m = inner[Math.floor(inner.length / 2)];
      if (!m) continue;
      const word = WORDS.find((w) => Math.abs(w.length - m[0].length) <= 1 && w !== m[0]) ?? 'unclear';
      const at = start + shift + m.index;
      if (edit(block, at, m[0].length, word))
        list.push({ at: at - shift, del: m[0].length, ins: word.length });
    }
    edits.set(b, list);
  });
  for (const b of removed) blockOf(b).remove();
  // New paragraphs between case notes' paragraphs.
  [...root().querySelectorAll('.casenote-body')].forEach((body, i) => {
    if (i % 5 === 0)
      body.prepend(
        Object.assign(document.createElement('p'), {
          textContent: `Addendum ${i}: entry reviewed by the team manager, no change to the plan.`,
        }),
      );
  });
  // Sections re-ordered: the volumes in reverse order, the case notes and chronology swapped inside each
  // volume, and every seventh case note swapped with the next one.
  const record = root();
  record.append(...[...record.children].reverse());
  for (const volume of record.querySelectorAll('.volume')) {
    const sections = [...volume.querySelectorAll(':scope > section')];
    volume.append(...sections.reverse());
  }
  for (const list of record.querySelectorAll('.casenote-list')) {
    const notes = [...list.children];
    for (let k = 0; k + 1 < notes.length; k += 7) notes[k + 1].after(notes[k]);
  }
  const out = [];
  for (const a of annotations) {
    const { b } = a.expected;
    if (removed.has(b)) {
      out.push({ ...a, expected: { status: 'orphan' } });
      continue;
    }
    let { start, end } = a.expected;
    let cut = false;
    for (const e of edits.get(b) ?? []) {
      const delta = e.ins - e.del;
      if (e.at + e.del <= a.expected.start) {
        start += delta;
        end += delta;
      } else if (e.at >= a.expected.start && e.at + e.del <= a.expected.end) end += delta;
      else if (e.at < a.expected.end) cut = true;
    }
    if (cut) continue;
    const text = blockOf(b).textContent.slice(start, end);
    out.push({ ...a, expected: { status: 'anchored', b, start, end, text } });
  }
  // A quote now found several times, whose recorded context no longer singles one out, has no clear
  // right answer: anchoring it correctly or leaving it orphaned are both accepted; elsewhere is wrong.
  const now = root().textContent;
  for (const a of out) {
    if (a.expected.status !== 'anchored') continue;
    a.expected.ambiguous =
      occurrences(now, a.expected.text) > 1 && occurrences(now, contextOf(a.selectors)) !== 1;
  }
  return out;
}

function verdict(expected, range) {
  if (!range) return expected.status === 'orphan' || expected.ambiguous ? 'orphanCorrect' : 'missed';
  if (expected.status === 'orphan') return 'wrong';
  const node = range.startContainer;
  const block = (node.nodeType === Node.TEXT_NODE ? node.parentElement : node).closest('[data-b]');
  if (!block || block.dataset.b !== expected.b) return 'wrong';
  return collapse(range.toString()) === collapse(expected.text) ? 'correct' : 'wrongBounds';
}

const quoteOf = (selectors) => selectors.find((s) => s.type === 'TextQuoteSelector');
const positionOf = (selectors) => selectors.find((s) => s.type === 'TextPositionSelector');

/**
 * Anchors `annotations` with `lib` and scores them. Margin anchors all in one anchorAll pass (as the
 * page does); the peers one by one, stopping at `budgetMs` (the rest count as not attempted).
 */
async function run(lib, annotations, budgetMs) {
  const ranges = [];
  const started = performance.now();
  if (lib === 'margin') {
    const results = anchorAll(root(), annotations);
    for (const a of annotations) {
      const r = results.get(a.id);
      ranges.push(r?.kind === 'range' ? r.range : null);
    }
  } else {
    for (const a of annotations) {
      if (performance.now() - started > budgetMs) break;
      const quote = quoteOf(a.selectors);
      if (lib === 'apache') {
        let found = null;
        for await (const match of createTextQuoteSelectorMatcher(quote)(root())) {
          found = match;
          break; // the first match, as a client without position hints would take
        }
        ranges.push(found);
      } else {
        ranges.push(textQuoteToRange(root(), quote, { hint: positionOf(a.selectors).start }));
      }
    }
  }
  const ms = performance.now() - started;
  const counts = { correct: 0, orphanCorrect: 0, missed: 0, wrong: 0 };
  const samples = [];
  ranges.forEach((range, i) => {
    const v = verdict(annotations[i].expected, range);
    counts[v === 'wrongBounds' ? 'wrong' : v]++;
    if (v.startsWith('wrong') && samples.length < 5)
      samples.push({
        v,
        expected: annotations[i].expected,
        quote: quoteOf(annotations[i].selectors),
        got: range?.toString(),
      });
  });
  return { ms, attempted: ranges.length, counts, samples };
}

window.AnchoringBench = { pick, mutate, run, small };
