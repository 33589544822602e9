/**
 * Evaluating one adapter on a page, rule by rule, safely: a pattern that does not compile or a
 * selector that is not valid CSS or matches nothing gives no value and a problem naming the rule, never
 * an exception. Used by the in-page reader (values only) and the adapter editor (values and problems).
 */
import type { Adapter, ValueRule } from '../model/adapter';

const MAX_VALUE = 200;

export interface RuleResult {
  value?: string;
  problem?: string;
}

/** The URL an adapter sees: origin, path and query (session tokens are matched, never stored). */
export function adapterUrl(location: Location | URL): string {
  return `${location.origin}${location.pathname}${location.search}`;
}

export function clean(text: string | null | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim().slice(0, MAX_VALUE);
  return value ? value : undefined;
}

const patternCache = new Map<string, RegExp | Error>();

/** A compiled pattern, or the compile error. Cached: the same adapters run on every page change. */
export function compile(source: string): RegExp | Error {
  if (!patternCache.has(source)) {
    try {
      patternCache.set(source, new RegExp(source));
    } catch (error) {
      patternCache.set(source, error instanceof Error ? error : new Error(String(error)));
    }
  }
  return patternCache.get(source)!;
}

/** `doc.querySelector`, or the reason it failed. */
export function query(doc: Document, selector: string): Element | null | Error {
  try {
    return doc.querySelector(selector);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** True when the adapter's URL pattern compiles and matches. */
export function adapterMatches(adapter: Adapter, url: string): boolean {
  const pattern = compile(adapter.urlPattern);
  return pattern instanceof RegExp && pattern.test(url);
}

/** Reads one value of an adapter (person ID, form name, step ID). */
export function evaluateRule(doc: Document, url: string, rule: ValueRule): RuleResult {
  let text: string | null | undefined = url;
  if (rule.selector) {
    const element = query(doc, rule.selector);
    if (element instanceof Error) return { problem: `selector "${rule.selector}" is not valid CSS` };
    if (!element) return { problem: `selector "${rule.selector}" matches nothing on this page` };
    text = rule.attribute ? element.getAttribute(rule.attribute) : element.textContent;
    if (rule.attribute && text === null)
      return { problem: `the element has no attribute "${rule.attribute}"` };
  } else if (!rule.urlPattern && !rule.textPattern) {
    return { problem: 'the rule needs a selector or a pattern' };
  }
  const source = rule.urlPattern ?? rule.textPattern;
  if (source) {
    const pattern = compile(source);
    if (pattern instanceof Error)
      return { problem: `pattern "${source}" does not compile: ${pattern.message}` };
    const match = pattern.exec(text ?? '');
    if (!match) return { problem: `pattern "${source}" does not match` };
    text = match[1] ?? match[0];
  }
  const value = clean(text);
  return value ? { value } : { problem: 'the value is empty' };
}
