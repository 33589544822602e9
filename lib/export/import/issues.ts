/**
 * Turns schema problems into sentences a QA lead can act on: each names the file, the record (its array
 * position and id) and the field, e.g. `Ann.json: observations[3] (id 1b2c3d4e…): comment: expected
 * text, got a number`. Values from the file are quoted shortened and only ever used as text.
 */
import type { z } from 'zod';

/** How many problems a refused file lists before "and N more". */
export const MAX_MESSAGES = 20;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
  undefined: 'nothing',
};

/** `String(value)`, also for an object whose `toString`/`valueOf` a file replaced (`{"toString": 1}`). */
function asText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** A value from the file, shortened and quoted for a message. */
export function quote(value: unknown, max = 40): string {
  const text = asText(value);
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** `observations[3] (id "1b2c3d4e…")` for a record of the file, or '' for the file's own fields. */
export function recordLabel(root: unknown, path: readonly PropertyKey[]): string {
  const [array, index] = path;
  if (typeof array !== 'string' || typeof index !== 'number') return '';
  const record = at(root, [array, index]);
  const fields = record && typeof record === 'object' ? (record as Record<string, unknown>) : {};
  const id = typeof fields.id === 'string' ? fields.id : typeof fields.key === 'string' ? fields.key : '';
  const version =
    array === 'templates' && typeof fields.version === 'number' ? ` version ${fields.version}` : '';
  return `${array}[${index}]${id ? ` (${fields.id === id ? 'id' : 'key'} ${quote(id, fields.id === id ? 8 : 60)}${version})` : ''}`;
}

/** `target.selectors[0].exact` */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function problem(issue: z.core.$ZodIssue, root: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const got = at(root, issue.path);
      return got === undefined
        ? `missing (expected ${TYPE_NAMES[issue.expected] ?? issue.expected})`
        : `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${TYPE_NAMES[typeOf(got)] ?? typeOf(got)}`;
    }
    case 'too_big': {
      const got = at(root, issue.path);
      const size = typeof got === 'string' || Array.isArray(got) ? ` (${got.length})` : '';
      if (issue.origin === 'string') return `too long${size}: at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `too many entries${size}: at most ${issue.maximum}`;
      return `too large: at most ${issue.maximum}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'empty' : `too short`;
      if (issue.origin === 'array') return `too few entries: at least ${issue.minimum}`;
      return `too small: at least ${issue.minimum}`;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? 'expected a date and time such as 2025-03-01T09:30:00.000Z'
        : `not a valid ${issue.format}${issue.format === 'regex' ? `: ${issue.message}` : ''}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${quote(at(root, issue.path))}`;
    case 'unrecognized_keys':
      return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => quote(k)).join(', ')}`;
    case 'invalid_union':
      return 'not one of the accepted shapes';
    default:
      return issue.message;
  }
}

/** One sentence per issue: file, record, field, problem. */
export function describeIssue(fileName: string, issue: z.core.$ZodIssue, root: unknown): string {
  const record = recordLabel(root, issue.path);
  const field = fieldPath(record ? issue.path.slice(2) : issue.path);
  return [fileName, record, field || (record ? '' : 'file'), problem(issue, root)].filter(Boolean).join(': ');
}

/** At most MAX_MESSAGES messages, then "and N more problems". */
export function capMessages(messages: string[]): string[] {
  if (messages.length <= MAX_MESSAGES) return messages;
  const rest = messages.length - MAX_MESSAGES;
  return [...messages.slice(0, MAX_MESSAGES), `…and ${rest} more problem${rest === 1 ? '' : 's'}.`];
}
