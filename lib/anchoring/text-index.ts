/**
 * The text of a content root as one string, with a map from character offsets back to the text nodes
 * that hold them. Every anchoring pass builds one index and shares it across all annotations, so a 1 MB
 * record with a thousand annotations walks the DOM once. Text the reader does not see as page text is
 * left out: scripts, styles, `noscript`, `template`, `textarea` (its text is the field's value, which
 * Margin never reads) and Margin's own elements (any tag starting with `margin-`).
 */

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** One snapshot of a root's text. Stale once the DOM changes: build a new one per anchoring pass. */
export interface TextIndex {
  readonly root: Element;
  /** The concatenated data of every indexed text node, in document order. */
  readonly text: string;
  readonly nodes: readonly Text[];
  /** `starts[i]` is the offset in `text` where `nodes[i]` begins. */
  readonly starts: readonly number[];
}

/** True for elements whose contents are not page text: scripts, styles, field values, Margin's UI. */
export function isSkippedElement(element: Element): boolean {
  return SKIPPED_TAGS.has(element.tagName.toUpperCase()) || element.localName.startsWith('margin-');
}

/** Builds the index of `root`'s visible-in-principle text (no layout is read). */
export function buildTextIndex(root: Element): TextIndex {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      return isSkippedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    nodes.push(node as Text);
    starts.push(offset);
    parts.push(data);
    offset += data.length;
  }
  return { root, text: parts.join(''), nodes, starts };
}

/** Index of the last node whose start is `<= offset` (or `< offset` when `strict`), or -1. */
function nodeAt(index: TextIndex, offset: number, strict: boolean): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = index.starts[mid]!;
    if (start < offset || (!strict && start === offset)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * A DOM Range covering `text.slice(start, end)`, or null when the offsets are out of bounds or the
 * DOM changed under the index. The range starts and ends inside text nodes.
 */
export function rangeFromOffsets(index: TextIndex, start: number, end: number): Range | null {
  const { text, nodes, starts } = index;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length)
    return null;
  if (nodes.length === 0) return null;
  // A start on a node boundary belongs to the next node; an end on a boundary to the previous one.
  let first = Math.max(0, nodeAt(index, start, false));
  while (first < nodes.length - 1 && start >= starts[first]! + nodes[first]!.data.length) first++;
  const last = end === start ? first : Math.max(first, nodeAt(index, end, true));
  try {
    const range = index.root.ownerDocument.createRange();
    range.setStart(nodes[first]!, start - starts[first]!);
    range.setEnd(nodes[last]!, end - starts[last]!);
    return range;
  } catch {
    return null;
  }
}

/** Character offset in the index of a DOM boundary point, or null if the point is elsewhere. */
function pointOffset(index: TextIndex, container: Node, offset: number): number | null {
  const { nodes, starts, text } = index;
  const doc = index.root.ownerDocument;
  if (container.nodeType === Node.TEXT_NODE) {
    const i = findNode(index, container as Text);
    if (i >= 0) return starts[i]! + Math.min(offset, nodes[i]!.data.length);
  }
  try {
    const point = doc.createRange();
    point.setStart(container, offset);
    // First indexed node at or after the point: everything before it counts fully.
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (point.comparePoint(nodes[mid]!, 0) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < nodes.length ? starts[lo]! : text.length;
  } catch {
    return null;
  }
}

const positions = new WeakMap<TextIndex, Map<Text, number>>();

/** Position of `node` in the index (a lookup table built on first use), or -1. */
function findNode(index: TextIndex, node: Text): number {
  let table = positions.get(index);
  if (!table) {
    table = new Map(index.nodes.map((n, i) => [n, i]));
    positions.set(index, table);
  }
  return table.get(node) ?? -1;
}

/**
 * The `[start, end)` offsets in `index.text` covered by `range` (parts outside the root or in skipped
 * elements contribute nothing), or null when the range belongs to another document.
 */
export function offsetsFromRange(index: TextIndex, range: Range): { start: number; end: number } | null {
  const start = pointOffset(index, range.startContainer, range.startOffset);
  const end = pointOffset(index, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return { start, end: Math.max(start, end) };
}

/** The index text inside `element` (whitespace kept as in the page), or '' if it lies outside. */
export function elementText(index: TextIndex, element: Element): string {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  const offsets = offsetsFromRange(index, range);
  return offsets ? index.text.slice(offsets.start, offsets.end) : '';
}
