/**
 * Reads the page context of the current screen with the first adapter whose URL pattern matches, or
 * the generic fallback (path, title, first heading). Runs in the host page: a few querySelector calls,
 * no layout reads, never throws for a broken adapter (a bad pattern or selector just reads nothing).
 */
import type { PageContext } from '../model/page-context';
import type { Adapter } from '../model/adapter';
import { adapterMatches, adapterUrl, clean, evaluateRule } from './evaluate';

/** The first adapter for this URL, if any. */
export function findAdapter(location: Location | URL, adapters: readonly Adapter[]): Adapter | undefined {
  const url = adapterUrl(location);
  return adapters.find((candidate) => adapterMatches(candidate, url));
}

/** Reads the context of `doc` at `location` using `adapters`, falling back to generic reading. */
export function readContext(
  doc: Document,
  location: Location | URL,
  adapters: readonly Adapter[],
): PageContext {
  const adapter = findAdapter(location, adapters);
  const base = { origin: location.origin, path: location.pathname, title: doc.title.slice(0, 500) };
  if (!adapter) {
    return {
      ...base,
      adapter: 'generic',
      formName: clean(doc.querySelector('h1')?.textContent) ?? clean(doc.title),
    };
  }
  const url = adapterUrl(location);
  const read = (rule: Adapter['personId']) => (rule ? evaluateRule(doc, url, rule).value : undefined);
  return {
    ...base,
    adapter: adapter.name,
    system: adapter.system,
    personId: read(adapter.personId),
    formName: read(adapter.formName),
    stepId: read(adapter.stepId),
  };
}
