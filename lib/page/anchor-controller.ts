/**
 * Keeps the screen's observations anchored and painted: anchors the set the sidebar sends, re-anchors
 * only what went stale after the page re-rendered (a detached or changed range, an orphan that may
 * have come back), and reports anchored and orphaned ids whenever that changes. The anchoring code is
 * imported (`loadAnchoring`) only once a screen has observations to anchor.
 */
import type { anchorAll as AnchorAll, AnchorResult } from '../anchoring';
import type { AnchorItem } from '../page-bridge/protocol';
import type { Highlighter, Painted } from '../highlights/highlighter';

export interface AnchorStatus {
  pageKey: string;
  anchored: string[];
  orphaned: string[];
}

export interface AnchorController {
  set(pageKey: string, items: AnchorItem[]): Promise<AnchorStatus>;
  /** Re-anchors what went stale; call after the page changed. */
  refresh(): void;
  focus(id: string | null): void;
  /** Scrolls the observation into view and marks it; false when it is not anchored here. */
  reveal(id: string): boolean;
}

function stillValid(result: AnchorResult | null): boolean {
  if (!result) return false;
  if (result.kind === 'element') return result.element.isConnected;
  const { range, quote } = result;
  return range.startContainer.isConnected && range.endContainer.isConnected && range.toString() === quote;
}

/** Scrolls so the range's first line is in the middle of the window (a range may start at an element boundary). */
function revealRange(range: Range): void {
  const start = range.startContainer;
  const anchorNode =
    start.nodeType === Node.ELEMENT_NODE ? (start.childNodes[range.startOffset] ?? start) : start;
  const element =
    anchorNode.nodeType === Node.ELEMENT_NODE ? (anchorNode as Element) : anchorNode.parentElement;
  element?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  const win = range.startContainer.ownerDocument?.defaultView;
  win?.scrollBy({ top: rect.top - win.innerHeight / 2 + rect.height / 2, behavior: 'instant' });
}

export function createAnchorController(
  root: () => Element,
  highlighter: Highlighter,
  report: (status: AnchorStatus) => void,
  loadAnchoring: () => Promise<{ anchorAll: typeof AnchorAll }>,
): AnchorController {
  let anchorAll: typeof AnchorAll | null = null;
  let generation = 0;
  let pageKey = '';
  let items: AnchorItem[] = [];
  let results = new Map<string, AnchorResult | null>();
  let focusedId: string | null = null;
  let lastReport = '';

  function status(): AnchorStatus {
    const anchored = items.filter((item) => results.get(item.id)).map((item) => item.id);
    const orphaned = items.filter((item) => !results.get(item.id)).map((item) => item.id);
    return { pageKey, anchored, orphaned };
  }

  function paint(): void {
    const painted: Painted[] = [];
    for (const item of items) {
      const result = results.get(item.id);
      if (result?.kind === 'range') painted.push({ id: item.id, kind: item.kind, range: result.range });
      if (result?.kind === 'element') painted.push({ id: item.id, kind: item.kind, element: result.element });
    }
    highlighter.paint(painted, focusedId);
  }

  function publish(): AnchorStatus {
    const current = status();
    const key = JSON.stringify(current);
    if (key !== lastReport) {
      lastReport = key;
      report(current);
    }
    return current;
  }

  function anchorSome(subset: AnchorItem[]): void {
    if (subset.length === 0 || !anchorAll) return;
    const fresh = anchorAll(root(), subset);
    for (const item of subset) results.set(item.id, fresh.get(item.id) ?? null);
  }

  return {
    async set(nextKey, nextItems) {
      const mine = ++generation;
      if (nextItems.length > 0 && !anchorAll) {
        const loaded = await loadAnchoring();
        anchorAll = loaded.anchorAll;
        // A newer set arrived while the code loaded: that one answers for the screen.
        if (mine !== generation) return status();
      }
      pageKey = nextKey;
      items = nextItems;
      results = new Map();
      anchorSome(items);
      paint();
      return publish();
    },
    refresh() {
      if (items.length === 0 || !anchorAll) return;
      const stale = items.filter((item) => !stillValid(results.get(item.id) ?? null));
      if (stale.length === 0) return;
      anchorSome(stale);
      paint();
      publish();
    },
    focus(id) {
      focusedId = id;
      paint();
    },
    reveal(id) {
      const result = results.get(id);
      if (!result) return false;
      if (result.kind === 'element') result.element.scrollIntoView({ block: 'center', behavior: 'instant' });
      else revealRange(result.range);
      focusedId = id;
      paint();
      return true;
    },
  };
}
