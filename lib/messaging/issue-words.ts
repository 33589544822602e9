/**
 * Validation problems in words a person can act on, without field paths: a schema's own message when
 * it is already a sentence written for people ("Write the observation first."), else the field named
 * in plain words and what is wrong with it ("the comment is too long (at most 20000 characters)").
 * The path itself stays available to callers (the reply's `field`) for tests and developers.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** How Zod's own messages begin (they name no field and are not written for people). */
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Unrecognized)\b/;

/** Field names whose words are not just the name split up. */
const FIELD_WORDS: Record<string, string> = {
  at: 'the time',
  updatedAt: 'the date it was last changed',
  createdAt: 'the date it was made',
  expectedUpdatedAt: 'the date it was last changed',
  pageKey: 'the page',
  context: 'the page details',
  origin: 'the site address',
  url: 'the address',
  css: 'the page position',
};

/** True for a message written for people: a capitalised sentence ending in a full stop, ! or ?. */
export function isSentence(message: string): boolean {
  return /^[A-Z“"'‘(]/.test(message) && /[.!?]$/.test(message.trim()) && !ZOD_DEFAULT.test(message);
}

/** The dotted path of an issue's field, with an unexpected key's name added ("context.extra"). */
export function issuePath(issue: Issue): string {
  const path: PropertyKey[] = [...issue.path];
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  return path.map(String).join('.');
}

/** The issue as a sentence fragment a person can read: never a path, no final full stop. */
export function issueInWords(issue: Issue): string {
  const message = issue.message.trim();
  if (isSentence(message)) return message.replace(/\.+$/, '');
  const field = fieldWords(issue.path);
  if (ZOD_DEFAULT.test(message)) return `${field} ${problemWords(issue)}`;
  // A schema's own message that is not a sentence: a predicate ("must be an http(s) origin …")
  // completes the field's name; anything else follows it.
  return /^(must|is|has|should|needs)\b/.test(message) ? `${field} ${message}` : `${field}: ${message}`;
}

/** "the comment", "the person id", "the id of section 2"; "the request" for the message itself. */
export function fieldWords(path: Path): string {
  const at = path.findLastIndex((key) => typeof key === 'string');
  const name = path[at];
  if (typeof name !== 'string') return 'the request';
  const words = FIELD_WORDS[name] ?? `the ${spaced(name)}`;
  // An item of a list: "of section 2" for sections.1.
  const index = path[at - 1];
  const list = path[at - 2];
  if (typeof index === 'number' && typeof list === 'string') {
    return `${words} of ${spaced(list).replace(/s$/, '')} ${index + 1}`;
  }
  return words;
}

function spaced(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase()
    .trim();
}

function problemWords(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined/.test(issue.message) ? 'is missing' : 'is not the right kind of value';
    case 'too_big':
      return issue.origin === 'string'
        ? `is too long (at most ${String(issue.maximum)} characters)`
        : issue.origin === 'array' || issue.origin === 'set'
          ? `has too many entries (at most ${String(issue.maximum)})`
          : `is too large (at most ${String(issue.maximum)})`;
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? 'is empty'
          : `is too short (at least ${String(issue.minimum)} characters)`
        : issue.origin === 'array' || issue.origin === 'set'
          ? `needs at least ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}`
          : `is too small (at least ${String(issue.minimum)})`;
    case 'unrecognized_keys':
      return `has something Margin does not expect (“${issue.keys.join('”, “')}”)`;
    case 'invalid_format':
      return 'is not in the expected format';
    case 'invalid_value':
      return 'is not one of the allowed values';
    default:
      return 'is not valid';
  }
}
