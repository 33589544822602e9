/**
 * Finds a picked element again (a form field, a table cell). Form fields are found by the CssSelector
 * when the element there still has the recorded identity, else by that identity (name, then id, then a
 * label that only one field carries). Elements with text are found through their text, with the
 * CssSelector's element as the tie-breaker, so shuffled rows never hand back a neighbour's cell.
 */
import type { CssSelector, FieldSelector, TextQuoteSelector } from '../model/selector';
import { isFormControlTag, labelOf } from './field-identity';
import { matchQuote } from './match-quote';
import { elementText, offsetsFromRange, rangeFromOffsets, type TextIndex } from './text-index';

export interface ElementAnchor {
  kind: 'element';
  element: Element;
  method: 'css' | 'field';
}

const MAX_ELEMENT_TEXT = 500;
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** True when `element` is inside `root` and not inside one of Margin's own elements. */
function inContent(root: Element, element: Element): boolean {
  if (element === root || !root.contains(element)) return false;
  for (let el: Element | null = element; el && el !== root; el = el.parentElement) {
    if (el.localName.startsWith('margin-')) return false;
  }
  return true;
}

function queryCss(root: Element, css: CssSelector | undefined, tag: string | undefined): Element | null {
  if (!css) return null;
  try {
    const element = root.querySelector(css.value);
    if (!element || !inContent(root, element)) return null;
    return !tag || element.localName === tag ? element : null;
  } catch {
    return null; // not valid CSS
  }
}

function textMatches(index: TextIndex, element: Element, quote: TextQuoteSelector): boolean {
  const actual = collapse(elementText(index, element));
  const expected = collapse(quote.exact);
  return actual === expected || (quote.exact.length >= MAX_ELEMENT_TEXT && actual.startsWith(expected));
}

/** The element holding the text: found by a strict quote match, checked to hold exactly that text. */
function anchorByText(
  root: Element,
  index: TextIndex,
  quote: TextQuoteSelector,
  tag: string | undefined,
  cssElement: Element | null,
): ElementAnchor | null {
  let hint: number | undefined;
  if (cssElement) {
    const range = root.ownerDocument.createRange();
    range.selectNodeContents(cssElement);
    const offsets = offsetsFromRange(index, range);
    const raw = offsets ? index.text.slice(offsets.start, offsets.end) : '';
    if (offsets) hint = offsets.start + (raw.length - raw.trimStart().length);
  }
  const match = matchQuote(index.text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint });
  const range = match && rangeFromOffsets(index, match.start, match.end);
  if (!range) return null;
  const common = range.commonAncestorContainer;
  let element = common.nodeType === Node.ELEMENT_NODE ? (common as Element) : common.parentElement;
  for (; element && element !== root && inContent(root, element); element = element.parentElement) {
    if ((!tag || element.localName === tag) && textMatches(index, element, quote)) {
      return { kind: 'element', element, method: element === cssElement ? 'css' : 'field' };
    }
    if (collapse(elementText(index, element)).length > collapse(quote.exact).length) break;
  }
  return null;
}

function sameIdentity(element: Element, field: FieldSelector, candidates: () => Element[]): boolean {
  if (field.inputType && element.localName === 'input') {
    if ((element.getAttribute('type') || 'text').toLowerCase() !== field.inputType) return false;
  }
  if (field.name || field.id) {
    return (
      (!!field.name && element.getAttribute('name') === field.name) || (!!field.id && element.id === field.id)
    );
  }
  if (field.label) {
    return (
      labelOf(element) === field.label && candidates().filter((c) => labelOf(c) === field.label).length === 1
    );
  }
  return true;
}

/** Name, then id, then label; several fields sharing a name are narrowed by id and label; ties give null. */
function findByIdentity(candidates: Element[], field: FieldSelector): Element | null {
  const keys = [
    (el: Element) => !!field.name && el.getAttribute('name') === field.name,
    (el: Element) => !!field.id && el.id === field.id,
    (el: Element) => !!field.label && labelOf(el) === field.label,
  ];
  for (let k = 0; k < keys.length; k++) {
    const found = candidates.filter(keys[k]!);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) {
      const narrowed = found.filter((el) => keys.slice(k + 1).every((key) => key(el)));
      return narrowed.length === 1 ? narrowed[0]! : null;
    }
  }
  return null;
}

/** Anchors an element target; null when it cannot be found without guessing. */
export function anchorElement(
  root: Element,
  index: TextIndex,
  css: CssSelector | undefined,
  field: FieldSelector | undefined,
  quote: TextQuoteSelector | undefined,
): ElementAnchor | null {
  const tag = field?.tag;
  const cssElement = queryCss(root, css, tag);
  if (quote && !(tag && isFormControlTag(tag))) {
    return anchorByText(root, index, quote, tag, cssElement);
  }
  if (!field) return cssElement ? { kind: 'element', element: cssElement, method: 'css' } : null;
  let all: Element[] | undefined;
  const candidates = () =>
    (all ??= Array.from(root.getElementsByTagName(field.tag)).filter((el) => inContent(root, el)));
  if (cssElement && sameIdentity(cssElement, field, candidates)) {
    return { kind: 'element', element: cssElement, method: 'css' };
  }
  const typed = candidates().filter(
    (el) => !field.inputType || (el.getAttribute('type') || 'text').toLowerCase() === field.inputType,
  );
  const element = findByIdentity(typed, field);
  return element ? { kind: 'element', element, method: 'field' } : null;
}
