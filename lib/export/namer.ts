/**
 * How pseudonymisation names things. The record transform (pseudonymise.ts) runs twice: first with a
 * recording namer that notes every person ID, step ID, author and ID-like path segment it meets, then,
 * once those are hashed (HMAC is asynchronous), with a resolved namer that swaps each for its pseudonym.
 * Running one transform twice keeps "what was collected" and "what was replaced" the same by design.
 */
import { pseudonym, type PseudonymKind } from './pseudonym';

/** Replacements for the parts of a record that identify someone. */
export interface Namer {
  /** A person or case ID field. */
  person(id: string): string;
  /** A form or workflow-step instance ID field. */
  step(id: string): string;
  /** An author or auditor name field ('' stays ''). */
  author(name: string): string;
  /** A path, or an address holding paths (`origin/path`, `a|b|c` keys): ID-like segments replaced. */
  address(value: string): string;
  /** Free text: every known person ID, step ID and author name (3+ characters) in it replaced. */
  text(value: string): string;
}

/** Path segments that may be identifiers: any segment containing a digit. */
const ID_LIKE = /\d/;
const ORIGIN_PATH = /^(https?:\/\/[^/\s]+)?(\/\S*)$/;

export type Values = Record<PseudonymKind, Set<string>> & { segments: Set<string> };

function mapAddress(value: string, segment: (part: string) => string, text: (part: string) => string) {
  return value
    .split('|')
    .map((part) => {
      const match = ORIGIN_PATH.exec(part);
      if (!match) return text(part);
      const path = (match[2] ?? '').split('/').map((piece) => (ID_LIKE.test(piece) ? segment(piece) : piece));
      return (match[1] ?? '') + path.join('/');
    })
    .join('|');
}

/** A namer that changes nothing and remembers what it would have to replace. */
export function recordingNamer(): Namer & { values: Values } {
  const values: Values = { person: new Set(), id: new Set(), author: new Set(), segments: new Set() };
  const keep = (kind: PseudonymKind) => (value: string) => (values[kind].add(value), value);
  return {
    values,
    person: keep('person'),
    step: keep('id'),
    author: (name) => (name === '' ? name : keep('author')(name)),
    address: (value) =>
      mapAddress(
        value,
        (piece) => (values.segments.add(piece), piece),
        (part) => part,
      ),
    text: (value) => value,
  };
}

/**
 * The values of several recording namers as one, in the order given: a value keeps the place where it
 * was first met, exactly as if one namer had recorded them all in that order.
 */
export function mergeValues(list: readonly Values[]): Values {
  const merged: Values = { person: new Set(), id: new Set(), author: new Set(), segments: new Set() };
  for (const values of list) {
    for (const kind of ['person', 'id', 'author', 'segments'] as const) {
      for (const value of values[kind]) merged[kind].add(value);
    }
  }
  return merged;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A namer that replaces everything `values` lists by its keyed pseudonym. */
export async function resolvedNamer(key: CryptoKey, values: Values): Promise<Namer> {
  const names = new Map<string, string>();
  const add = async (kind: PseudonymKind, value: string) => {
    names.set(`${kind}:${value}`, await pseudonym(key, kind, value));
  };
  const known = (value: string) => values.person.has(value) || values.id.has(value);
  await Promise.all([
    ...(['person', 'id', 'author'] as const).flatMap((kind) => [...values[kind]].map((v) => add(kind, v))),
    ...[...values.segments].filter((v) => !known(v)).map((v) => add('id', v)),
  ]);
  const name = (kind: PseudonymKind, value: string) => names.get(`${kind}:${value}`) ?? value;
  const tokens = new Map<string, string>();
  for (const kind of ['author', 'id', 'person'] as const) {
    for (const value of values[kind])
      if (value.length >= 3) tokens.set(value.toLowerCase(), name(kind, value));
  }
  const pattern = [...tokens.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const regex = pattern && new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'giu');
  const text = (value: string) =>
    regex ? value.replace(regex, (match) => tokens.get(match.toLowerCase()) ?? match) : value;
  const segment = (piece: string) => {
    if (values.person.has(piece)) return name('person', piece);
    const replaced = text(piece);
    return replaced !== piece ? replaced : name('id', piece);
  };
  return {
    person: (id) => name('person', id),
    step: (id) => name('id', id),
    author: (value) => (value === '' ? value : name('author', value)),
    address: (value) => mapAddress(value, segment, text),
    text,
  };
}
