// In-page half of the small-page anchoring benchmark (window.AnchoringBench.small): picks annotations
// on a third-party page with Margin's describeRange (one per text block, 1–12 words, only those whose
// quote with context is unique), changes the page as the variant says while the expectation of every
// annotation is a live DOM Range that follows the edits, then anchors with Margin, @apache-annotator/dom
// or dom-anchor-text-quote and scores each result against that expectation, timing every annotation.
import {
  anchor,
  anchorAll,
  buildTextIndex,
  describeRange,
  offsetsFromRange,
} from '../../lib/anchoring/index.ts';
import { createTextQuoteSelectorMatcher } from '@apache-annotator/dom';
import { toRange as textQuoteToRange } from 'dom-anchor-text-quote';
import { fromRange as textPositionFromRange } from 'dom-anchor-text-position';
import { seeded } from './stats.mjs';

const BLOCK =
  'p, li, dt, dd, td, th, label, legend, h1, h2, h3, h4, h5, h6, summary, caption, a, button, div';
const UNSUITABLE = 'textarea, script, style, select, option, template, noscript';
const MAX_ANNOTATIONS = 40;
const root = () => document.body;
const collapse = (text) => text.replace(/\s+/g, ' ').trim();

/** Picked annotations of this page: selectors, the live expected range and the block holding it. */
let picked = [];

function occurrences(text, needle) {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0 && count < 2; at = text.indexOf(needle, at + 1)) count++;
  return count;
}

/** The text blocks of the page, in document order: the nearest block element of each text node. */
function blocks(index) {
  const seen = new Set();
  for (const node of index.nodes) {
    if (!node.data.trim()) continue;
    const block = node.parentElement.closest(BLOCK);
    if (!block || block === root() || seen.has(block) || block.closest(UNSUITABLE)) continue;
    if (block.querySelector(UNSUITABLE)) continue;
    seen.add(block);
  }
  return [...seen].filter((b) => ![...seen].some((o) => o !== b && b.contains(o)));
}

/** The text node and offset at block-local character offset `at` (text nodes in the block only). */
export function pointAt(block, at, preferNext = false) {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let passed = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const end = passed + node.data.length;
    if (at < end || (at === end && !preferNext)) return [node, at - passed];
    passed = end;
  }
  return null;
}

/** Picks up to MAX_ANNOTATIONS annotations, one per block, seeded. Returns how many. */
function pick(seed) {
  const rand = seeded(seed);
  const index = buildTextIndex(root());
  const list = blocks(index);
  const order = list.map((b) => [rand(), b]).sort((x, y) => x[0] - y[0]);
  picked = [];
  for (const [, block] of order) {
    if (picked.length >= MAX_ANNOTATIONS) break;
    const words = [...block.textContent.matchAll(/\S+/g)];
    if (words.length === 0) continue;
    const len = Math.min(words.length, 1 + Math.floor(rand() * 12));
    const first = Math.floor(rand() * (words.length - len + 1));
    const start = words[first].index;
    const end = words[first + len - 1].index + words[first + len - 1][0].length;
    const range = document.createRange();
    const a = pointAt(block, start, true);
    const b = pointAt(block, end, false);
    if (!a || !b) continue;
    range.setStart(...a);
    range.setEnd(...b);
    const selectors = describeRange(root(), range, index);
    const q = selectors[0];
    if (occurrences(index.text, (q.prefix ?? '') + q.exact + (q.suffix ?? '')) !== 1) continue;
    const peerHint = textPositionFromRange(root(), range).start;
    picked.push({ id: `a${picked.length}`, selectors, peerHint, expected: range, block, words: len });
  }
  return picked.length;
}

const WORDS = ['probably', 'recently', 'briefly', 'clearly', 'quietly', 'later', 'again', 'mostly', 'usual'];

/** A text node holding `text`, put before the first text of `block` (never inside a picked range). */
function insertBefore(block, text) {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const first = walker.nextNode();
  if (first) first.before(document.createTextNode(text));
}

/** Changes the page for `name`: original, inserted, changed, removed or typed. */
async function mutate(name, seed) {
  const rand = seeded(seed);
  if (name === 'inserted') {
    const main = document.querySelector('main') ?? root();
    main.prepend(
      Object.assign(document.createElement('p'), {
        textContent: 'Service update: this page changed on 3 March.',
      }),
    );
    picked.forEach((a, i) => {
      if (i % 2 === 0) insertBefore(a.block, `${WORDS[i % WORDS.length]} updated: `);
    });
    for (const [i, section] of [...document.querySelectorAll('section, fieldset, tr, .card')].entries())
      if (i % 3 === 1)
        section.before(Object.assign(document.createElement('p'), { textContent: `Note ${i} added.` }));
  } else if (name === 'changed') {
    for (const a of picked) {
      if (a.words < 3) continue;
      // One word strictly inside the quote, in one text node.
      const text = a.expected.toString();
      const inner = [...text.matchAll(/[A-Za-z]{3,}/g)].filter(
        (m) => m.index > 0 && m.index + m[0].length < text.length,
      );
      const m = inner[Math.floor(rand() * inner.length)];
      if (!m) continue;
      const word = WORDS.find((w) => Math.abs(w.length - m[0].length) <= 2 && w !== m[0]) ?? 'unclear';
      const e = a.expected;
      const walker = document.createTreeWalker(a.block, NodeFilter.SHOW_TEXT);
      let passed = 0; // characters of the quote in the text nodes before this one
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!e.intersectsNode(node)) continue;
        const from = node === e.startContainer ? e.startOffset : 0;
        const to = node === e.endContainer ? e.endOffset : node.data.length;
        if (m.index >= passed && m.index + m[0].length <= passed + to - from) {
          node.replaceData(from + m.index - passed, m[0].length, word);
          break;
        }
        passed += to - from;
      }
    }
  } else if (name === 'removed') {
    picked.forEach((a, i) => {
      if (i % 3 === 0) a.block.remove();
    });
  } else if (name === 'typed') {
    for (const field of document.querySelectorAll('.govuk-js-character-count, .nhsuk-js-character-count')) {
      field.value = 'Seen at home; '.repeat(1 + Math.floor(rand() * 3));
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await new Promise((resolve) => setTimeout(resolve, 1200)); // the screen-reader message lags 1 s
  }
  const now = root().textContent;
  for (const a of picked) {
    const q = a.selectors[0];
    a.ambiguous =
      occurrences(now, a.expected.toString()) > 1 &&
      occurrences(now, (q.prefix ?? '') + q.exact + (q.suffix ?? '')) !== 1;
  }
  const expected = { anchored: 0, orphan: 0, rewritten: 0, ambiguous: 0 };
  for (const a of picked) {
    expected[statusOf(a)]++;
    if (a.ambiguous) expected.ambiguous++;
  }
  return expected;
}

/** What should become of `a`: anchored, orphan (its block removed) or rewritten (its text replaced). */
function statusOf(a) {
  if (!a.block.isConnected) return 'orphan';
  if (a.expected.collapsed) return 'rewritten';
  return 'anchored';
}

function verdict(a, range) {
  const status = statusOf(a);
  if (!range) return status === 'anchored' && !a.ambiguous ? 'missed' : 'orphanCorrect';
  if (status === 'orphan') return 'wrong';
  if (status === 'rewritten') return a.block.contains(range.commonAncestorContainer) ? 'correct' : 'wrong';
  const e = a.expected;
  const overlaps =
    range.compareBoundaryPoints(Range.START_TO_END, e) > 0 &&
    range.compareBoundaryPoints(Range.END_TO_START, e) < 0;
  return overlaps && collapse(range.toString()) === collapse(e.toString()) ? 'correct' : 'wrong';
}

let textIndex = null;
const text = () => (textIndex ??= buildTextIndex(root()));
/** Offsets of `range` in Margin's text index (for the dump of a failure). */
const offsetIn = (index, range) => offsetsFromRange(index, range)?.start;

const quoteOf = (a) => a.selectors.find((s) => s.type === 'TextQuoteSelector');

/**
 * Anchors the picked annotations with `lib`, one by one and timed (Margin against one text index built
 * once, its build time shared out over the annotations), and for Margin once more through anchorAll, the
 * page's own path, which the accuracy counts come from.
 */
async function run(lib) {
  textIndex = null;
  const ranges = [];
  const times = [];
  if (lib === 'margin') {
    const built = performance.now();
    const index = buildTextIndex(root());
    const share = (performance.now() - built) / Math.max(1, picked.length);
    for (const a of picked) {
      const t = performance.now();
      anchor(root(), a.selectors, index);
      times.push(performance.now() - t + share);
    }
    const results = anchorAll(root(), picked);
    for (const a of picked) {
      const r = results.get(a.id);
      ranges.push(r?.kind === 'range' ? r.range : null);
    }
  } else {
    for (const a of picked) {
      const t = performance.now();
      let found = null;
      if (lib === 'apache') {
        for await (const match of createTextQuoteSelectorMatcher(quoteOf(a))(root())) {
          found = match;
          break;
        }
      } else found = textQuoteToRange(root(), quoteOf(a), { hint: a.peerHint });
      times.push(performance.now() - t);
      ranges.push(found);
    }
  }
  const counts = { correct: 0, orphanCorrect: 0, missed: 0, wrong: 0 };
  const samples = [];
  ranges.forEach((range, i) => {
    const v = verdict(picked[i], range);
    counts[v]++;
    if ((v === 'wrong' || v === 'missed') && lib === 'margin')
      samples.push({
        v,
        selectors: picked[i].selectors,
        expected: picked[i].expected.toString(),
        got: range?.toString(),
        expectedAt: offsetIn(text(), picked[i].expected),
        gotAt: range && offsetIn(text(), range),
      });
  });
  return {
    times,
    counts,
    samples,
    isolated: crossOriginIsolated,
    text: samples.length > 0 ? text().text : undefined,
  };
}

export const small = { pick, mutate, run };
