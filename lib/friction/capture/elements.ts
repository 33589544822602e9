/**
 * How capture classifies the elements events land on: form fields (what a practitioner fills in), the
 * interactive element a click was meant for, Margin's own elements, and the key of a field's form.
 * Attribute reads and `closest` only, never layout or selector generation: these run in hot handlers.
 */

const NOT_FIELD_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image']);
const NOT_TEXT_TYPES = new Set(['checkbox', 'radio', 'file', 'range', 'color']);
const EDITABLE = '[contenteditable]:not([contenteditable="false"])';
const INTERACTIVE = [
  'a[href]',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'summary',
  '[role=button]',
  '[role=link]',
  '[role=checkbox]',
  '[role=tab]',
  '[role=menuitem]',
  '[onclick]',
  EDITABLE,
].join(', ');

/** The element an event target or mutated node stands for (a text node stands for its parent). */
export function elementOf(target: EventTarget | Node | null): Element | null {
  const node = target as Node | null;
  if (!node || typeof node.nodeType !== 'number') return null;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/**
 * The form field `target` belongs to: an input (not hidden, submit, button, reset or image), a select,
 * a textarea, or the nearest contenteditable element; null for anything else.
 */
export function fieldOf(target: EventTarget | Node | null): Element | null {
  const element = elementOf(target);
  if (!element) return null;
  const tag = element.localName;
  if (tag === 'input') return NOT_FIELD_TYPES.has(inputType(element)) ? null : element;
  if (tag === 'select' || tag === 'textarea') return element;
  return element.closest(EDITABLE);
}

/** True for fields a user types or picks text in (rage clicks there are just editing). */
export function isTextEntry(field: Element): boolean {
  return field.localName !== 'input' || !NOT_TEXT_TYPES.has(inputType(field));
}

/** The interactive element a click on `element` was aimed at (a button around an icon), else itself. */
export function clickedElementOf(element: Element): Element {
  return element.closest(INTERACTIVE) ?? element;
}

/** True for elements inside Margin's own UI (custom elements named `margin-*`). */
export function isMarginElement(element: Element | null): boolean {
  for (let current = element; current; current = current.parentElement) {
    if (current.localName.startsWith('margin-')) return true;
  }
  return false;
}

/** The form `element` belongs to (its `form` owner for controls, else the enclosing form), or null. */
export function formOf(element: Element): HTMLFormElement | null {
  return (element as Partial<HTMLInputElement>).form ?? element.closest('form');
}

/** The key counters use for a form: its id, name or `data-form-key`, else "(no form)". */
export function formKeyOf(form: Element | null): string {
  if (!form) return '(no form)';
  return (
    form.getAttribute('id') || form.getAttribute('name') || form.getAttribute('data-form-key') || '(no form)'
  );
}

function inputType(input: Element): string {
  return (input.getAttribute('type') || 'text').toLowerCase();
}
