/**
 * The regions an adapter names on its site's pages: the record content (where observations anchor),
 * navigation chrome (never picked or quoted) and sensitive fields (never touched by friction capture).
 * Without an adapter, or where its selectors match nothing, the whole body is content. Which adapter
 * applies is worked out once per address, not per call: friction capture asks about sensitive fields on
 * almost every event, and page mutations do not change the address.
 */
import type { Adapter } from '../model/adapter';

export interface SiteRegions {
  content(): Element;
  isChrome(element: Element): boolean;
  isSensitive(element: Element): boolean;
}

function matchesAny(element: Element, selectors: string[] | undefined): boolean {
  return (selectors ?? []).some((selector) => {
    try {
      return element.closest(selector) !== null;
    } catch {
      return false;
    }
  });
}

/**
 * Regions of `doc` by the adapter `adapterFor(href)` names for the current address; `adapterFor` runs
 * again only when `doc.location.href` changes.
 */
export function siteRegions(doc: Document, adapterFor: (href: string) => Adapter | undefined): SiteRegions {
  let href: string | undefined;
  let adapter: Adapter | undefined;
  const current = () => {
    const now = doc.location.href;
    if (now !== href) {
      adapter = adapterFor(now);
      href = now;
    }
    return adapter;
  };
  return {
    content() {
      const selector = current()?.content;
      let found: Element | null = null;
      try {
        found = selector ? doc.querySelector(selector) : null;
      } catch {
        found = null;
      }
      return found ?? doc.body ?? doc.documentElement;
    },
    isChrome: (element) => matchesAny(element, current()?.chrome),
    isSensitive: (element) => matchesAny(element, current()?.sensitive),
  };
}
