/**
 * Radio and checkbox groups as one field. A question answered by picking among options is one field
 * to the person filling it in, so its options share one set of counters: a radio group is the radios
 * of one name in one form; a checkbox group is the checkboxes of a `role="group"`/`role="radiogroup"`
 * element, or those sharing a name in one fieldset. The group is represented by its first option (the
 * key), so counters and naming stay keyed by an element. Native lookups only, no layout reads; callers
 * cache the result per element and cache epoch.
 */
import { formOf } from './elements';

/** A group of options answering one question. */
export interface FieldGroup {
  /** The option standing for the whole group (its first). */
  key: Element;
  inputType: 'radio' | 'checkbox';
  /** The name its options share, if they share one. */
  name?: string;
  /** The `role=group`/`role=radiogroup` element or fieldset holding it, if any. */
  container?: Element;
}

const ARIA_GROUP = '[role=radiogroup], [role=group]';

/** The group the option `field` belongs to, or null when it is a field on its own. */
export function fieldGroupOf(field: Element): FieldGroup | null {
  if (field.localName !== 'input') return null;
  const type = field.getAttribute('type')?.toLowerCase();
  if (type === 'radio') return radioGroupOf(field);
  if (type === 'checkbox') return checkboxGroupOf(field);
  return null;
}

/** The element whose counters `field` counts into: its group's key, else itself. */
export function groupKeyOf(field: Element): Element {
  return fieldGroupOf(field)?.key ?? field;
}

function radioGroupOf(radio: Element): FieldGroup | null {
  const name = radio.getAttribute('name');
  if (!name) {
    // A radio with no name is grouped only by an ARIA group around it.
    const aria = radio.closest(ARIA_GROUP);
    const key = aria && options(aria, 'radio', () => true)[0];
    return key ? { key, inputType: 'radio', container: aria } : null;
  }
  const form = formOf(radio);
  const candidates = form
    ? Array.from(form.elements)
    : Array.from(radio.ownerDocument.getElementsByName(name)).filter((element) => !formOf(element));
  const key = candidates.find(
    (element) => isOption(element, 'radio') && element.getAttribute('name') === name,
  );
  // A fieldset is the group's only if it holds no other question (not a section of several).
  const fieldset = radio.closest('fieldset');
  const container =
    radio.closest(ARIA_GROUP) ??
    (fieldset && options(fieldset, 'radio', (option) => option.getAttribute('name') !== name).length === 0
      ? fieldset
      : undefined);
  return { key: key ?? radio, inputType: 'radio', name, container: container ?? undefined };
}

function checkboxGroupOf(checkbox: Element): FieldGroup | null {
  const name = checkbox.getAttribute('name') ?? undefined;
  const aria = checkbox.closest(ARIA_GROUP);
  if (aria) {
    const all = options(aria, 'checkbox', () => true);
    const shared = name && all.every((option) => option.getAttribute('name') === name) ? name : undefined;
    return { key: all[0] ?? checkbox, inputType: 'checkbox', name: shared, container: aria };
  }
  const fieldset = checkbox.closest('fieldset');
  if (!fieldset || !name) return null;
  const same = options(fieldset, 'checkbox', (option) => option.getAttribute('name') === name);
  const [key] = same;
  if (!key || same.length < 2) return null;
  return { key, inputType: 'checkbox', name, container: fieldset };
}

function options(container: Element, type: string, keep: (option: Element) => boolean): Element[] {
  return Array.from(container.getElementsByTagName('input')).filter(
    (input) => isOption(input, type) && keep(input),
  );
}

function isOption(element: Element, type: string): boolean {
  return element.localName === 'input' && element.getAttribute('type')?.toLowerCase() === type;
}
