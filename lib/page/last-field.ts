/**
 * Remembers the record's form field a person was last in (a trusted focus only), so "Flag friction"
 * and pick mode can start from it: clicking a button in the sidebar moves focus out of the record, and
 * the field would otherwise be forgotten. Holds the element only, never its value.
 */
import type { DocumentEvents } from './event-hub';

const FIELD_TAGS = new Set(['input', 'select', 'textarea']);

export interface LastField {
  /** The field last focused by a person, while it is still in the document. */
  get(): Element | null;
}

export function rememberLastField(
  doc: DocumentEvents,
  root: () => Element,
  isChrome: (element: Element) => boolean,
  signal: AbortSignal,
): LastField {
  let last: WeakRef<Element> | null = null;
  doc.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      if (!event.isTrusted || !(target instanceof Element)) return;
      if (!FIELD_TAGS.has(target.tagName.toLowerCase())) return;
      if ((target as HTMLInputElement).type === 'hidden' || isChrome(target)) return;
      if (!root().contains(target)) return;
      last = new WeakRef(target);
    },
    { capture: true, passive: true, signal },
  );
  return {
    get() {
      const element = last?.deref() ?? null;
      return element?.isConnected ? element : null;
    },
  };
}
