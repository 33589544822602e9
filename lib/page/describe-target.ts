/**
 * Describes what the user chose in the page (the selected text, or a picked element) as selectors plus
 * the quote shown in the sidebar. A picked form field is quoted by its label, never by its value.
 */
import { describeElement, describeRange } from '../anchoring';
import { labelOf } from '../anchoring/field-identity';
import type { DescribedTarget } from '../page-bridge/protocol';

const FIELD_TAGS = new Set(['input', 'select', 'textarea']);

/** The current text selection inside `root`, or null when there is none (or it is in Margin's UI). */
export function describeSelection(
  doc: Document,
  root: Element,
  isChrome: (element: Element) => boolean = () => false,
): DescribedTarget | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const container = range.commonAncestorContainer;
  const element = container instanceof Element ? container : container.parentElement;
  if (element && isChrome(element)) return null;
  const quote = range.toString();
  if (quote.trim() === '') return null;
  try {
    return { selectors: describeRange(root, range), quote };
  } catch {
    // A selection Margin cannot re-find (only form-field text, or longer than a quote may be).
    return null;
  }
}

/** A picked element, quoted by its field label or (for other elements) its text. */
export function describePicked(root: Element, element: Element): DescribedTarget {
  const isField = FIELD_TAGS.has(element.tagName.toLowerCase());
  const text = isField ? labelOf(element) : element.textContent?.replace(/\s+/g, ' ').trim();
  const quote = (text || element.tagName.toLowerCase()).slice(0, 500);
  return { selectors: describeElement(root, element), quote };
}
