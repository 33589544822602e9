/**
 * Names a counted element for a batch: tag, type, name, id, label and a CSS selector. Runs at batch
 * time, never in an event handler, and caches per element, so label lookup and selector generation
 * happen at most once per element per page. Fields get their label; clicked elements only their
 * accessible name or, for buttons, tabs and menu items, their own short text: never the text of other elements,
 * which may be a child's name. The options of a radio or checkbox group are one field, named by the
 * question they answer (field-group.ts).
 */
import { finder } from '@medv/finder';
import { cleanLabel, fieldIdentity, groupQuestionOf } from '../../anchoring/field-identity';
import type { FieldCounters } from '../types';
import { fieldGroupOf, type FieldGroup } from './field-group';

/** Identity fields of a counter row, without `form` and `field`. */
export type Identity = Pick<FieldCounters, 'tag' | 'inputType' | 'name' | 'id' | 'label' | 'css'>;

const MAX_CLICK_LABEL = 80;
const MAX_ATTR = 300;
// Buttons, tabs and menu items name actions ("Save", "Print"). Links are left out: in case systems their
// text is often a person's name (work trays, search results).
const OWN_TEXT = 'button, summary, [role=button], [role=tab], [role=menuitem]';
const CAPTION_TYPES = new Set(['submit', 'button', 'reset', 'image']);
// One cache per role: an input counted as a clicked element is named without its label, and that
// name must not stand for it when it is counted as a field.
const fieldCache = new WeakMap<Element, Identity>();
const clickCache = new WeakMap<Element, Identity>();

/** The identity of `element` (a field when `isField`, else a clicked element), computed once. */
export function identityOf(element: Element, isField: boolean): Identity {
  const cache = isField ? fieldCache : clickCache;
  const cached = cache.get(element);
  if (cached) return cached;
  const group = isField ? fieldGroupOf(element) : null;
  const identity = group
    ? groupIdentityOf(group)
    : isField
      ? fieldIdentityOf(element)
      : clickIdentityOf(element);
  const css = cssOf(group ? (group.container ?? group.key) : element);
  if (css) identity.css = css;
  // A detached element cannot get a selector now and will not get one later: cache it either way.
  cache.set(element, identity);
  return identity;
}

function fieldIdentityOf(element: Element): Identity {
  const { tag, inputType, name, id, label } = fieldIdentity(element);
  return withoutUndefined({ tag, inputType, name, id, label });
}

/** A group of options as one field: the options' type and shared name, the container's id, the question. */
function groupIdentityOf({ key, inputType, name, container }: FieldGroup): Identity {
  const id = container && attribute(container, 'id');
  const label = groupQuestionOf(key);
  return withoutUndefined({ tag: 'input', inputType, name: name && attribute(key, 'name'), id, label });
}

function clickIdentityOf(element: Element): Identity {
  const identity: Identity = { tag: element.localName.slice(0, 40) };
  const name = attribute(element, 'name');
  const id = attribute(element, 'id');
  if (name) identity.name = name;
  if (id) identity.id = id;
  const label = clickLabel(element);
  if (label) identity.label = label;
  return identity;
}

/** aria-label, title, an input button's caption, or a button's (tab's, menu item's) own text; at most 80 chars. */
function clickLabel(element: Element): string | undefined {
  let raw = element.getAttribute('aria-label') || element.getAttribute('title');
  if (!raw && element.localName === 'input') {
    const type = element.getAttribute('type')?.toLowerCase() ?? '';
    // The caption of a submit/button input is page chrome ("Save"), not something a user typed.
    if (CAPTION_TYPES.has(type)) raw = element.getAttribute('value') || element.getAttribute('alt');
  } else if (!raw && element.matches(OWN_TEXT)) {
    raw = element.textContent;
  }
  return cleanLabel(raw ?? '')?.slice(0, MAX_CLICK_LABEL);
}

function cssOf(element: Element): string | undefined {
  const root = element.ownerDocument.body;
  if (!element.isConnected || !root || !root.contains(element)) return undefined;
  try {
    return finder(element, { root, timeoutMs: 50, maxNumberOfPathChecks: 500 });
  } catch {
    return undefined;
  }
}

function attribute(element: Element, name: string): string | undefined {
  const value = element.getAttribute(name);
  return value && value.length <= MAX_ATTR ? value : undefined;
}

function withoutUndefined(identity: Identity): Identity {
  for (const key of Object.keys(identity) as (keyof Identity)[]) {
    if (identity[key] === undefined) delete identity[key];
  }
  return identity;
}
