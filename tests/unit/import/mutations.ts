/**
 * Damaged export files for the import property tests: a valid file with one structural change (a field
 * dropped, a wrong type, a huge string, a repeated record, a bad date, an unknown version, a
 * prototype-pollution key, or the text cut off), and where in the file the change was made, so a
 * refusal can be checked to name that place.
 */
import fc from 'fast-check';

export const MUTATIONS = [
  'drop',
  'wrong-type',
  'huge',
  'duplicate',
  'bad-date',
  'version',
  'proto-key',
  'truncate',
] as const;
export type MutationKind = (typeof MUTATIONS)[number];

/** A damaged file: its text, the kind of damage, and the path of the changed value (empty: the file). */
export interface Damaged {
  text: string;
  kind: MutationKind;
  path: (string | number)[];
}

type Node = Record<string, unknown> | unknown[];
type Path = (string | number)[];

const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object';

/** Every path in a JSON value, parents before children. */
function paths(value: unknown, prefix: Path = []): Path[] {
  if (!isNode(value)) return [];
  const keys: (string | number)[] = Array.isArray(value)
    ? value.map((_, index) => index)
    : Object.keys(value);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    return [path, ...paths((value as Record<string | number, unknown>)[key], path)];
  });
}

function get(root: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) => (isNode(node) ? (node as Record<string, unknown>)[key] : undefined),
    root,
  );
}

/** Sets an own, enumerable property, even one named `__proto__` (which `=` would not create). */
function define(node: Node, key: string | number, value: unknown): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Values of a wrong type or shape for (almost) any field, hostile objects included. */
export const wrongValueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, 0, -1, 1e21, true, '', [], {}, 'not-a-uuid', [1, 2]),
  fc
    .constantFrom<() => unknown>(
      () => JSON.parse('{"__proto__": {"polluted": true}}'),
      () => ({ toString: 1 }),
      () => ({ valueOf: 1, toString: 2 }),
      () => ({ constructor: { prototype: { polluted: true } } }),
      () => [{ toString: 'x' }],
    )
    .map((make) => make()),
  fc.jsonValue({ maxDepth: 2 }),
);

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
const BAD_DATES = [
  'yesterday',
  '',
  '2025-13-45T25:61:00.000Z',
  '2025-02-30T00:00:00.000Z',
  '2025-01-01',
  '2025-01-01T09:00:00+01:00',
  '+275760-09-13T00:00:00.000Z',
  '0000-00-00T00:00:00.000Z',
];
const VERSIONS: unknown[] = [0, 2, 7, -1, 1.5, '1', null, true, [], { toString: 1 }, 1e300];
const HUGE = [5_001, 20_001, 100_001];
const RECORD_ARRAYS = ['audits', 'observations', 'notes', 'templates', 'frictionFlags', 'frictionCounters'];

/** The choices behind one mutation (numbers pick among the candidates, so they shrink well). */
export const mutationArb = fc.record({
  kind: fc.constantFrom(...MUTATIONS),
  pick: fc.nat(),
  value: wrongValueArb,
  extra: fc.nat(),
});
export type Mutation = typeof mutationArb extends fc.Arbitrary<infer T> ? T : never;

/** Applies a mutation to a copy of `file` (a parsed JSON value) and returns the damaged text. */
export function damage(file: unknown, { kind, pick, value, extra }: Mutation): Damaged {
  const root = structuredClone(file) as Record<string, unknown>;
  const all = paths(root);
  const choose = (candidates: Path[]): Path | undefined =>
    candidates.length ? candidates[pick % candidates.length] : undefined;
  const set = (path: Path, next: unknown) => {
    const parent = path.length === 1 ? root : get(root, path.slice(0, -1));
    if (isNode(parent)) define(parent, path[path.length - 1]!, next);
  };
  const done = (path: Path): Damaged => ({ text: JSON.stringify(root), kind, path });
  switch (kind) {
    case 'drop': {
      const path = choose(all.filter((p) => typeof p[p.length - 1] === 'string'));
      if (!path) return done([]);
      const parent = path.length === 1 ? root : (get(root, path.slice(0, -1)) as Record<string, unknown>);
      delete parent[path[path.length - 1] as string];
      return done(path);
    }
    case 'wrong-type': {
      const path = choose(all) ?? ['schemaVersion'];
      set(path, value);
      return done(path);
    }
    case 'huge': {
      const path = choose(all.filter((p) => typeof get(root, p) === 'string')) ?? ['exportedBy'];
      set(path, 'x'.repeat(HUGE[extra % HUGE.length]!));
      return done(path);
    }
    case 'duplicate': {
      const arrays = RECORD_ARRAYS.filter((name) => Array.isArray(root[name]) && (root[name] as []).length);
      const name = arrays[pick % Math.max(1, arrays.length)];
      if (!name) return done([]);
      const records = root[name] as unknown[];
      records.push(structuredClone(records[extra % records.length]));
      return done([name, records.length - 1]);
    }
    case 'bad-date': {
      const dated = all.filter((p) => /At$|^day$/.test(String(p[p.length - 1])));
      const path = choose(dated) ?? ['exportedAt'];
      set(path, BAD_DATES[extra % BAD_DATES.length]);
      return done(path);
    }
    case 'version':
      root.schemaVersion = VERSIONS[extra % VERSIONS.length];
      return done(['schemaVersion']);
    case 'proto-key': {
      const objects = [[], ...all].filter((p) => {
        const node = p.length ? get(root, p) : root;
        return isNode(node) && !Array.isArray(node);
      });
      const path = choose(objects) ?? [];
      const node = (path.length ? get(root, path) : root) as Node;
      const key = PROTO_KEYS[extra % PROTO_KEYS.length]!;
      define(node, key, value);
      return done([...path, key]);
    }
    case 'truncate': {
      const whole = JSON.stringify(root);
      return { text: whole.slice(0, extra % whole.length), kind, path: [] };
    }
  }
}
