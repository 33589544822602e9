/**
 * Rage clicks and dead clicks. A rage click is a burst of `rageClickCount` clicks on one element, each
 * close in time and place to the previous one, that did not change the selection (not text selection
 * by double or triple click), counted once per burst and never on text fields. A dead click is a click
 * on a non-field element followed by no DOM change, navigation or scroll within `deadClickWindowMs`.
 * Positions come from the event (no layout reads); the selection is compared by identity, never text.
 * The listener only notes the click (target, position, time, address); what the target stands for
 * (ignored, or the element counted, worked out once per target and cache epoch) and the selection are
 * read later, after the next frame (`ctx.later`): reading the selection right after the page's own
 * handlers changed the DOM would force a style and layout pass inside the click.
 */
import type { CaptureContext } from './context';
import {
  clickedElementOf,
  elementOf,
  fieldOf,
  formKeyOf,
  formOf,
  isMarginElement,
  isTextEntry,
} from './elements';

interface SelectionSnapshot {
  collapsed: boolean;
  anchor: Node | null;
  anchorOffset: number;
  focus: Node | null;
  focusOffset: number;
}

/** A caret (or no selection): all collapsed selections are the same for a burst. */
const COLLAPSED: SelectionSnapshot = {
  collapsed: true,
  anchor: null,
  anchorOffset: 0,
  focus: null,
  focusOffset: 0,
};

/** What a click target stands for, as worked out in cache epoch `epoch`. */
interface Target {
  epoch: number;
  /**
   * The element a click there counts for; null when such clicks count nothing (the page itself,
   * Margin's UI, a label, a sensitive element, a text field).
   */
  element: Element | null;
  isField: boolean;
  /** A link that opens elsewhere (never a dead click). */
  opensElsewhere: boolean;
}

/** What the listener notes of a click: everything else is worked out later. */
interface Click {
  target: EventTarget;
  x: number;
  y: number;
  at: number;
  /** No Ctrl, Meta or Shift (a modified click opens elsewhere or extends a selection). */
  plain: boolean;
  /** The address when clicked: a click that navigated (even within the page) had a response. */
  href: string;
}

interface Burst {
  element: Element;
  x: number;
  y: number;
  at: number;
  selection: SelectionSnapshot;
  count: number;
  counted: boolean;
}

/** Links that open elsewhere leave this page unchanged on purpose. */
const OPENS_ELSEWHERE = 'a[download], a[target]:not([target="_self"]), a[href^="mailto:"], a[href^="tel:"]';

/** Click, scroll and mutation handlers for click signals. */
export interface ClickTracker {
  onClick(event: MouseEvent): void;
  onScroll(): void;
  /** Records of DOM changes made at `at` (delivered after the frame). */
  onMutations(records: readonly MutationRecord[], at: number): void;
  /** The page is being left: pending clicks had a response (navigation). */
  onPageHide(): void;
  /** Clears pending dead-click timers. */
  stop(): void;
}

/** A click tracker counting into `ctx.aggregate`. */
export function createClickTracker(ctx: CaptureContext): ClickTracker {
  const { doc, thresholds } = ctx;
  const pending = new Set<ReturnType<typeof setTimeout>>();
  let burst: Burst | null = null;
  let lastMutationAt = -Infinity;
  let lastScrollAt = -Infinity;

  const targets = new WeakMap<object, Target>();

  const countsOf = (element: Element, isField: boolean) =>
    ctx.aggregate.counts(element, isField, formKeyOf(formOf(element)));

  /** What a click on `eventTarget` counts for (see Target), worked out without the cache. */
  const classify = (eventTarget: EventTarget, entry: Target) => {
    entry.element = null;
    entry.isField = false;
    entry.opensElsewhere = false;
    const target = elementOf(eventTarget);
    if (!target || target === doc.body || target === doc.documentElement || isMarginElement(target)) return;
    const field = fieldOf(target);
    const element = field ?? clickedElementOf(target);
    // Label clicks are forwarded to their control, which gets its own click.
    if (element.localName === 'label' || ctx.isSensitive(element)) return;
    // Rage clicks in text fields are just editing, and fields are never dead clicks.
    if (field && isTextEntry(field)) return;
    entry.element = element;
    entry.isField = field !== null;
    entry.opensElsewhere = !field && element.matches(OPENS_ELSEWHERE);
  };
  const targetOf = (eventTarget: EventTarget | null): Target | null => {
    if (!eventTarget) return null;
    const epoch = ctx.epoch;
    let entry = targets.get(eventTarget);
    if (entry === undefined) {
      entry = { epoch, element: null, isField: false, opensElsewhere: false };
      classify(eventTarget, entry);
      targets.set(eventTarget, entry);
    } else if (entry.epoch !== epoch) {
      entry.epoch = epoch;
      classify(eventTarget, entry);
    }
    return entry;
  };

  const trackBurst = (element: Element, isField: boolean, click: Click) => {
    const { x, y, at } = click;
    const selection = snapshot(doc);
    let current = burst;
    if (
      current &&
      current.element === element &&
      at - current.at <= thresholds.rageClickIntervalMs &&
      Math.hypot(x - current.x, y - current.y) <= thresholds.rageClickRadiusPx &&
      sameSelection(current.selection, selection)
    ) {
      current.x = x;
      current.y = y;
      current.at = at;
      current.selection = selection;
      current.count += 1;
    } else {
      current = burst = {
        element,
        x,
        y,
        at,
        selection,
        count: 1,
        counted: false,
      };
    }
    if (current.count >= thresholds.rageClickCount && !current.counted) {
      current.counted = true;
      if (!ctx.isSensitive(element)) countsOf(element, isField).rageClicks += 1;
    }
  };

  /** Dead-click watch from the click at `at` (the window counts from the click, not from now). */
  const watchForResponse = (element: Element, at: number, href: string) => {
    const wait = Math.max(0, thresholds.deadClickWindowMs - (ctx.now() - at));
    const timer = setTimeout(() => {
      pending.delete(timer);
      ctx.flushChanges(); // changes not yet delivered are a response too
      if (lastMutationAt >= at || lastScrollAt >= at || doc.location.href !== href) return;
      countsOf(element, false).deadClicks += 1;
    }, wait);
    pending.add(timer);
  };

  /** The work of one click, done after the next frame. */
  const handle = (click: Click) => {
    const target = targetOf(click.target);
    const element = target?.element;
    if (!target || !element) return;
    trackBurst(element, target.isField, click);
    if (
      !target.isField &&
      click.plain &&
      !target.opensElsewhere &&
      (doc.getSelection()?.isCollapsed ?? true)
    ) {
      watchForResponse(element, click.at, click.href);
    }
  };
  let queued = 0;

  const stop = () => {
    for (const timer of pending) clearTimeout(timer);
    pending.clear();
  };

  return {
    onClick(event) {
      const target = event.target;
      if (!target) return;
      // A click before the previous one was handled (only in a burst faster than frames): handle that
      // one first, so each click's selection is read before the next click's.
      if (queued > 0) ctx.later.runNow();
      const click: Click = {
        target,
        x: event.clientX,
        y: event.clientY,
        at: ctx.now(),
        plain: !event.ctrlKey && !event.metaKey && !event.shiftKey,
        href: doc.location.href,
      };
      queued += 1;
      ctx.later(() => {
        queued -= 1;
        handle(click);
      });
    },
    onScroll() {
      lastScrollAt = ctx.now();
    },
    onMutations(records, at) {
      if (at > lastMutationAt && records.some((record) => !isOwnMutation(record))) lastMutationAt = at;
    },
    onPageHide: stop,
    stop,
  };
}

/** Margin's own highlights and pins changing the page are not a response to a click. */
function isOwnMutation(record: MutationRecord): boolean {
  if (isMarginNode(record.target)) return true;
  if (record.type !== 'childList') return false;
  const node = record.addedNodes[0] ?? record.removedNodes[0];
  return node !== undefined && isMarginNode(node);
}

function isMarginNode(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName.startsWith('margin-');
}

function snapshot(doc: Document): SelectionSnapshot {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed) return COLLAPSED;
  return {
    collapsed: false,
    anchor: selection.anchorNode,
    anchorOffset: selection.anchorOffset,
    focus: selection.focusNode,
    focusOffset: selection.focusOffset,
  };
}

/** Same selection: both collapsed (a caret), or the same anchor and focus. */
function sameSelection(a: SelectionSnapshot, b: SelectionSnapshot): boolean {
  if (a.collapsed && b.collapsed) return true;
  return (
    a.collapsed === b.collapsed &&
    a.anchor === b.anchor &&
    a.anchorOffset === b.anchorOffset &&
    a.focus === b.focus &&
    a.focusOffset === b.focusOffset
  );
}
