/**
 * Paints anchored observations in the page: text ranges as CSS custom highlights (one per kind, plus
 * the focused one), elements as outlines with pins. Finds which observation a click landed on.
 */
import type { ObservationKind } from '../model/observation-kinds';
import { createPinLayer, type PinTarget } from './pins';
import type { MutationHub } from '../page/mutation-hub';
import {
  ensureHighlightStyles,
  FOCUS_HIGHLIGHT,
  highlightsSupported,
  KIND_HIGHLIGHTS,
  removeHighlightStyles,
} from './styles';

export type Painted = { id: string; kind: ObservationKind } & ({ range: Range } | { element: Element });

export interface Highlighter {
  paint(items: Painted[], focusedId: string | null): void;
  /** The observation whose highlighted text is at this point of the viewport, if any. */
  hitTest(x: number, y: number): string | null;
}

export function createHighlighter(
  doc: Document,
  onActivate: (id: string) => void,
  mutations: MutationHub,
  signal: AbortSignal,
): Highlighter {
  const pins = createPinLayer(doc, onActivate, mutations, signal);
  let ranges: { id: string; range: Range }[] = [];
  const names = [...Object.values(KIND_HIGHLIGHTS), FOCUS_HIGHLIGHT];
  signal.addEventListener(
    'abort',
    () => {
      if (highlightsSupported()) for (const name of names) CSS.highlights.delete(name);
      removeHighlightStyles(doc);
    },
    { once: true },
  );

  return {
    paint(items, focusedId) {
      ranges = items.flatMap((item) => ('range' in item ? [{ id: item.id, range: item.range }] : []));
      if (highlightsSupported()) {
        ensureHighlightStyles(doc);
        for (const [kind, name] of Object.entries(KIND_HIGHLIGHTS)) {
          const kindRanges = items.flatMap((item) =>
            'range' in item && item.kind === kind ? [item.range] : [],
          );
          if (kindRanges.length > 0) CSS.highlights.set(name, new Highlight(...kindRanges));
          else CSS.highlights.delete(name);
        }
        const focused = ranges.find((entry) => entry.id === focusedId);
        if (focused) CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(focused.range));
        else CSS.highlights.delete(FOCUS_HIGHLIGHT);
      }
      const targets: PinTarget[] = items.flatMap((item) =>
        'element' in item ? [{ id: item.id, kind: item.kind, element: item.element }] : [],
      );
      pins.draw(targets, focusedId);
    },
    hitTest(x, y) {
      if (ranges.length === 0) return null;
      const caret = caretAt(doc, x, y);
      if (!caret) return null;
      const hit = ranges.find(({ range }) => {
        try {
          return range.isPointInRange(caret.node, caret.offset);
        } catch {
          return false;
        }
      });
      return hit?.id ?? null;
    },
  };
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = (
    doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }
  ).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
