/**
 * The regions an adapter names on its site's pages: the record content (where observations anchor),
 * navigation chrome (never picked or quoted) and sensitive fields (never touched by friction capture).
 * Without an adapter, or where its selectors match nothing, the whole body is content.
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

export function siteRegions(doc: Document, adapter: () => Adapter | undefined): SiteRegions {
  return {
    content() {
      const selector = adapter()?.content;
      let found: Element | null = null;
      try {
        found = selector ? doc.querySelector(selector) : null;
      } catch {
        found = null;
      }
      return found ?? doc.body ?? doc.documentElement;
    },
    isChrome: (element) => matchesAny(element, adapter()?.chrome),
    isSensitive: (element) => matchesAny(element, adapter()?.sensitive),
  };
}
