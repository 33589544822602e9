/**
 * What an adapter extracts from the page it is tried on, for the adapter editor: whether its URL
 * pattern matches, each value or the problem with its rule, whether its regions and sensitive fields
 * are found, and the labels fields get. Runs in the page; never throws.
 */
import { labelOf } from '../anchoring/field-identity';
import type { Adapter } from '../model/adapter';
import { adapterMatches, adapterUrl, compile, evaluateRule, query, type RuleResult } from './evaluate';

export interface AdapterDiagnosis {
  url: string;
  matches: boolean;
  problems: string[];
  values: Partial<Record<'personId' | 'formName' | 'stepId', RuleResult>>;
  /** Labels of the first fields in the record content, as Margin will name them. */
  fields: { tag: string; name?: string; label?: string }[];
  sensitiveFields: number;
}

const FIELDS = 'input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea';

function selectorProblem(doc: Document, selector: string, what: string): string | null {
  const found = query(doc, selector);
  if (found instanceof Error) return `${what} "${selector}" is not valid CSS`;
  return found ? null : `${what} "${selector}" matches nothing on this page`;
}

export function diagnoseAdapter(doc: Document, location: Location | URL, adapter: Adapter): AdapterDiagnosis {
  const url = adapterUrl(location);
  const problems: string[] = [];
  const pattern = compile(adapter.urlPattern);
  if (pattern instanceof Error) problems.push(`urlPattern does not compile: ${pattern.message}`);
  const matches = adapterMatches(adapter, url);
  if (!matches && !(pattern instanceof Error)) problems.push('urlPattern does not match this page’s URL');
  const values: AdapterDiagnosis['values'] = {};
  for (const key of ['personId', 'formName', 'stepId'] as const) {
    const rule = adapter[key];
    if (!rule) continue;
    values[key] = evaluateRule(doc, url, rule);
    if (values[key]?.problem) problems.push(`${key}: ${values[key]?.problem}`);
  }
  if (adapter.content) {
    const problem = selectorProblem(doc, adapter.content, 'content');
    if (problem) problems.push(problem);
  }
  adapter.chrome?.forEach((selector, index) => {
    const problem = selectorProblem(doc, selector, `chrome[${index}]`);
    if (problem) problems.push(problem);
  });
  let sensitiveFields = 0;
  adapter.sensitive?.forEach((selector, index) => {
    try {
      sensitiveFields += doc.querySelectorAll(selector).length;
    } catch {
      problems.push(`sensitive[${index}] "${selector}" is not valid CSS`);
    }
  });
  const content = adapter.content ? query(doc, adapter.content) : doc.body;
  const root = content instanceof Element ? content : doc.body;
  const fields = [...root.querySelectorAll(FIELDS)].slice(0, 12).map((field) => ({
    tag: field.localName,
    ...(field.getAttribute('name') ? { name: field.getAttribute('name')! } : {}),
    ...(labelOf(field) ? { label: labelOf(field)! } : {}),
  }));
  return {
    url: `${location.origin}${location.pathname}`,
    matches,
    problems,
    values,
    fields,
    sensitiveFields,
  };
}
