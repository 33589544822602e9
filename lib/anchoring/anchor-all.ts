/**
 * Anchors all of a screen's annotations in one pass over one shared text index, then gives a second
 * chance to those the first pass orphaned only because the quote occurs several times and the text had
 * moved too far from its recorded position to tell the copies apart. Their neighbours say how far: when
 * the annotations recorded just before and just after it were found moved by (nearly) the same amount,
 * the text between them moved as a block, and the recorded position is corrected by that amount. The
 * retry goes through the same strict rules; it only supplies a better position hint.
 */
import type { Selector } from '../model/selector';
import { anchor, type AnchorResult, type RangeAnchor } from './anchor';
import { readSelectors } from './read-selectors';
import { buildTextIndex, offsetsFromRange, type TextIndex } from './text-index';

/** Neighbours whose shifts differ by more than this did not move as one block: no retry. */
const MAX_SHIFT_SPREAD = 256;
/** Retry rounds at most (each needs the previous one to have found something). */
const MAX_ROUNDS = 3;
/** Neighbours whose shifts differ by at most this moved as one block: their shift is exact. */
const TIGHT_SPREAD = 8;

interface Moved {
  recorded: number;
  shift: number;
}

function shifted(selectors: Selector[], shift: number): Selector[] {
  return selectors.map((s) =>
    s && s.type === 'TextPositionSelector' ? { ...s, start: s.start + shift, end: s.end + shift } : s,
  );
}

/** The last found annotation recorded at or before `at`, and the first recorded at or after it. */
function neighbours(moved: Moved[], at: number): [Moved | undefined, Moved | undefined] {
  let lo = 0;
  let hi = moved.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (moved[mid]!.recorded <= at) lo = mid + 1;
    else hi = mid;
  }
  return [moved[lo - 1], moved[lo]];
}

interface Orphan<Id> {
  id: Id;
  selectors: Selector[];
  start: number;
}

/**
 * The orphan anchored again with its position corrected by its neighbours' shift, or null. When both
 * neighbours moved by the same amount (within TIGHT_SPREAD), the corrected position is as good as a
 * recorded one.
 */
function retry(root: Element, index: TextIndex, moved: Moved[], orphan: Orphan<unknown>): RangeAnchor | null {
  const [before, after] = neighbours(moved, orphan.start);
  if (!before || !after) {
    // At the edge, one neighbour's shift is only an estimate. With none found there is no telling
    // whether text above moved: the recorded position alone picks nothing.
    const one = before ?? after;
    if (!one || one.shift === 0) return null;
    const hit = anchor(root, shifted(orphan.selectors, one.shift), index, true);
    return hit?.kind === 'range' ? hit : null;
  }
  const spread = Math.abs(before.shift - after.shift);
  if (spread > MAX_SHIFT_SPREAD) return null;
  const tight = spread <= TIGHT_SPREAD;
  const tries = [...new Set([before.shift, after.shift])].filter((shift) => tight || shift !== 0);
  const found = tries.map((shift) => anchor(root, shifted(orphan.selectors, shift), index, !tight));
  const hits = found.filter((r): r is RangeAnchor => r?.kind === 'range');
  const starts = new Set(hits.map((r) => offsetsFromRange(index, r.range)?.start));
  return hits.length > 0 && starts.size === 1 ? hits[0]! : null;
}

/**
 * Anchors every item against one shared text index. The map has an entry (result or null) for every
 * id; one item failing never affects another. Never throws.
 */
export function anchorAll<Id>(
  root: Element,
  items: readonly { id: Id; selectors: Selector[] }[],
): Map<Id, AnchorResult | null> {
  const index = buildTextIndex(root);
  const results = new Map<Id, AnchorResult | null>();
  const moved: Moved[] = [];
  let orphans: Orphan<Id>[] = [];
  for (const { id, selectors } of items) {
    // The recorded position may only separate exact ties here: text inserted above slides the next copy
    // of a template label into its place. The neighbours' shift corrects it below.
    const result = anchor(root, selectors, index, true);
    results.set(id, result);
    const { position, quote } = readSelectors(selectors);
    if (!position) continue;
    if (result?.kind === 'range') {
      const offsets = offsetsFromRange(index, result.range);
      if (offsets) moved.push({ recorded: position.start, shift: offsets.start - position.start });
    } else if (!result && quote) orphans.push({ id, selectors, start: position.start });
  }
  // Each round's finds become neighbours for the next, so a run of orphans is resolved from its edges.
  for (let round = 0; round < MAX_ROUNDS && orphans.length > 0; round++) {
    moved.sort((a, b) => a.recorded - b.recorded);
    const found = orphans.filter((orphan) => {
      const hit = retry(root, index, moved, orphan);
      if (!hit) return false;
      results.set(orphan.id, hit);
      const offsets = offsetsFromRange(index, hit.range);
      if (offsets) moved.push({ recorded: orphan.start, shift: offsets.start - orphan.start });
      return true;
    });
    if (found.length === 0) break;
    orphans = orphans.filter((orphan) => !found.includes(orphan));
  }
  return results;
}
