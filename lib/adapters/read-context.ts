/**
 * Reads the page context of the current screen with the first adapter whose URL pattern matches, or
 * the generic fallback (path, title, first heading). Runs in the host page: a few querySelector calls,
 * no layout reads, never throws for a broken adapter (a bad pattern or selector just reads nothing).
 */
import type { PageContext } from '../model/page-context';
import type { Adapter, ValueRule } from './schema';

const MAX_VALUE = 200;

/** Reads the context of `doc` at `location` using `adapters`, falling back to generic reading. */
export function readContext(
  doc: Document,
  location: Location | URL,
  adapters: readonly Adapter[],
): PageContext {
  const urlNoQuery = `${location.origin}${location.pathname}`;
  const adapter = adapters.find((candidate) => safeRegExp(candidate.urlPattern)?.test(urlNoQuery));
  const base = { origin: location.origin, path: location.pathname, title: doc.title.slice(0, 500) };
  if (!adapter) {
    return {
      ...base,
      adapter: 'generic',
      formName: clean(doc.querySelector('h1')?.textContent) ?? clean(doc.title),
    };
  }
  return {
    ...base,
    adapter: adapter.name,
    system: adapter.system,
    personId: readValue(doc, urlNoQuery, adapter.personId),
    formName: readValue(doc, urlNoQuery, adapter.formName),
    stepId: readValue(doc, urlNoQuery, adapter.stepId),
  };
}

function readValue(doc: Document, url: string, rule: ValueRule | undefined): string | undefined {
  if (!rule) return undefined;
  let text: string | null | undefined = url;
  if (rule.selector) {
    const element = safeQuery(doc, rule.selector);
    text = rule.attribute ? element?.getAttribute(rule.attribute) : element?.textContent;
  }
  const pattern = rule.urlPattern ?? rule.textPattern;
  if (pattern && text != null) text = safeRegExp(pattern)?.exec(text)?.[1];
  else if (!rule.selector) text = undefined;
  return clean(text);
}

function clean(text: string | null | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim().slice(0, MAX_VALUE);
  return value ? value : undefined;
}

function safeQuery(doc: Document, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}

const patternCache = new Map<string, RegExp | null>();

function safeRegExp(source: string): RegExp | null {
  if (!patternCache.has(source)) {
    try {
      patternCache.set(source, new RegExp(source));
    } catch {
      patternCache.set(source, null);
    }
  }
  return patternCache.get(source) ?? null;
}
