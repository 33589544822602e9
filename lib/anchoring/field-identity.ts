/**
 * The identity a form field keeps when the page is rebuilt: tag, input type, name, id and the text of
 * its label. Never its value: label text is gathered without the contents of form controls, so a
 * `<textarea>` or `<select>` inside a wrapping `<label>` adds nothing. Shared by anchoring (finding the
 * field again) and friction capture (naming the field a practitioner struggled with).
 */
import type { FieldSelector } from '../model/selector';
import { precedingHeadingLabel, tableHeaderLabel } from './field-context-label';

const MAX_LABEL = 300;
const MAX_ATTR = 300;
const CONTROL_TAGS = new Set(['input', 'select', 'textarea']);
const NO_TEXT_TAGS = new Set(['input', 'select', 'textarea', 'option', 'script', 'style', 'template']);

/** True for tags of elements that hold a value the user types or picks (input, select, textarea). */
export function isFormControlTag(tag: string): boolean {
  return CONTROL_TAGS.has(tag.toLowerCase());
}

/** True for elements that hold a value the user types or picks (input, select, textarea). */
export function isFormControl(element: Element): boolean {
  return isFormControlTag(element.localName);
}

/** Text of `node`, skipping form controls (their values) and scripts, with whitespace collapsed. */
function textWithoutValues(node: Node, skip?: Element): string {
  const parts: string[] = [];
  const visit = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) parts.push((current as Text).data);
    else if (current.nodeType === Node.ELEMENT_NODE) {
      const element = current as Element;
      if (element === skip || NO_TEXT_TAGS.has(element.localName)) return;
      for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    }
  };
  visit(node);
  return parts.join(' ');
}

/** Collapses whitespace, drops "(required)" markers and trailing colons or asterisks, caps the length. */
export function cleanLabel(raw: string): string | undefined {
  const text = raw
    .replace(/\(\s*required\s*\)/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s:*]+$/, '')
    .trim();
  return text ? text.slice(0, MAX_LABEL) : undefined;
}

function labelsFor(element: Element): Element[] {
  const labels = (element as HTMLInputElement).labels;
  if (labels) return Array.from(labels).filter((label) => label.getAttribute('for') === element.id);
  if (!element.id) return [];
  return Array.from(element.ownerDocument.getElementsByTagName('label')).filter(
    (label) => label.getAttribute('for') === element.id,
  );
}

/**
 * The human label of an element: `<label for>`, a wrapping `<label>`, `aria-labelledby`,
 * `aria-label`, then `title` or `placeholder`. Whitespace collapsed, markers stripped, at most 300
 * characters; undefined when there is none. Never includes a field's value.
 */
export function labelOf(element: Element): string | undefined {
  const candidates: (() => string | undefined)[] = [
    () =>
      labelsFor(element)
        .map((label) => textWithoutValues(label, element))
        .join(' '),
    () => {
      const wrapping = element.parentElement?.closest('label');
      return wrapping ? textWithoutValues(wrapping, element) : undefined;
    },
    () => {
      const ids = element.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
      const doc = element.ownerDocument;
      return ids
        .map((id) => doc.getElementById(id))
        .map((el) => (el ? textWithoutValues(el) : ''))
        .join(' ');
    },
    () => element.getAttribute('aria-label') ?? undefined,
    () => element.getAttribute('title') ?? undefined,
    () => element.getAttribute('placeholder') ?? undefined,
    () => tableHeaderLabel(element, (node) => textWithoutValues(node)),
    () => precedingHeadingLabel(element, (node) => textWithoutValues(node)),
  ];
  for (const candidate of candidates) {
    const label = cleanLabel(candidate() ?? '');
    if (label) return withGroup(element, label);
  }
  return undefined;
}

/** A radio button or checkbox is named with its group's legend: "Seen alone: Yes", not a bare "Yes". */
function withGroup(element: Element, label: string): string {
  const type = element.getAttribute('type')?.toLowerCase();
  if (element.localName !== 'input' || (type !== 'radio' && type !== 'checkbox')) return label;
  const group = groupLegendOf(element);
  return group && group !== label ? (cleanLabel(`${group}: ${label}`) ?? label) : label;
}

/** The question a group of options answers: an ARIA group's `aria-labelledby`, else the fieldset legend. */
function groupLegendOf(option: Element): string | undefined {
  const ariaGroup = option.closest('[role=radiogroup][aria-labelledby], [role=group][aria-labelledby]');
  const groupLabel = ariaGroup
    ?.getAttribute('aria-labelledby')
    ?.split(/\s+/)
    .map((id) => option.ownerDocument.getElementById(id))
    .find((found): found is HTMLElement => found !== null);
  const legend = groupLabel ?? option.closest('fieldset')?.querySelector(':scope > legend');
  return legend ? cleanLabel(textWithoutValues(legend)) : undefined;
}

/**
 * The question a radio button or checkbox answers together with the other options of its group, for
 * naming the group as one field: its ARIA group's `aria-labelledby` or the fieldset legend (as in
 * `labelOf`), else the ARIA group's `aria-label`, else the table row header or the heading before it.
 * Cleaned like a label; undefined when nothing around the option names a question. Never a value.
 */
export function groupQuestionOf(option: Element): string | undefined {
  const text = (node: Element) => textWithoutValues(node);
  // Context is looked for around the whole group: the options before this one are no other question.
  const around = option.closest('fieldset, [role=radiogroup], [role=group]') ?? option;
  const candidates: (() => string | null | undefined)[] = [
    () => groupLegendOf(option),
    () => option.closest('[role=radiogroup], [role=group]')?.getAttribute('aria-label'),
    () => tableHeaderLabel(around, text),
    () => precedingHeadingLabel(around, text),
  ];
  for (const candidate of candidates) {
    const question = cleanLabel(candidate() ?? '');
    if (question) return question;
  }
  return undefined;
}

function attribute(element: Element, name: string): string | undefined {
  const value = element.getAttribute(name);
  return value && value.length <= MAX_ATTR ? value : undefined;
}

/**
 * The FieldSelector of `element`: lower-case tag, input type (inputs only, default "text"), name, id
 * and label when present. Reads no value.
 */
export function fieldIdentity(element: Element): FieldSelector {
  const identity: FieldSelector = { type: 'FieldSelector', tag: element.localName.slice(0, 40) };
  if (element.localName === 'input') {
    identity.inputType = (element.getAttribute('type') || 'text').toLowerCase().slice(0, 40);
  }
  const name = attribute(element, 'name');
  const id = attribute(element, 'id');
  const label = labelOf(element);
  if (name) identity.name = name;
  if (id) identity.id = id;
  if (label) identity.label = label;
  return identity;
}
