// The list of exchanged kinds: one line per kind, tables absent from a database skipped.
import { describe, expect, it } from 'vitest';
import { authorName, EXCHANGE_KINDS, kindNamed, kindOfTable, presentKinds } from '@/lib/exchange/kinds';
import { authorPseudonym, generationOf, revisionOf } from '@/lib/exchange/revision';
import { AppDB } from '@/lib/storage/db';

describe('exchanged kinds', () => {
  it('names every kind issue #18 lists, each in one table', () => {
    expect(EXCHANGE_KINDS.map((k) => k.kind)).toEqual([
      'audit',
      'observation',
      'conversation',
      'finding',
      'moderation',
      'round',
      'friction-flag',
      'friction-counters',
    ]);
    expect(new Set(EXCHANGE_KINDS.map((k) => k.table)).size).toBe(EXCHANGE_KINDS.length);
    expect(kindOfTable('observations')?.kind).toBe('observation');
    expect(kindOfTable('notes')).toBeUndefined();
    expect(kindNamed('moderation')?.table).toBe('moderations');
  });

  it('skips kinds whose table the database does not have', () => {
    const tables = new AppDB('kinds-probe').tables.map((t) => t.name);
    const present = presentKinds(tables).map((k) => k.kind);
    expect(present).toContain('audit');
    for (const kind of present) expect(tables).toContain(kindNamed(kind)!.table);
    expect(presentKinds(['observations', 'findings']).map((k) => k.kind)).toEqual(['observation', 'finding']);
  });

  it('reads the author a record names, and nothing from kinds without one', () => {
    expect(authorName(kindNamed('audit')!, { auditor: 'Sam' })).toBe('Sam');
    expect(authorName(kindNamed('friction-counters')!, { author: 'Sam' })).toBe('');
    expect(authorName(kindNamed('observation')!, { author: 3 })).toBe('');
  });
});

describe('revisions and author pseudonyms', () => {
  it('counts generations and hashes parent, deletion and content', () => {
    const first = revisionOf(null, { a: 1 });
    expect(generationOf(first)).toBe(1);
    const tombstone = revisionOf(first, null);
    expect(generationOf(tombstone)).toBe(2);
    expect(revisionOf(first, null)).toBe(tombstone);
    expect(revisionOf(first, { a: 1 })).not.toBe(tombstone);
  });

  it('gives a stable pseudonym per secret, another under another secret, none for no name', () => {
    const secret = '0f'.repeat(32);
    expect(authorPseudonym(secret, 'Sam')).toMatch(/^author-[0-9a-f]{12}$/);
    expect(authorPseudonym(secret, 'Sam')).toBe(authorPseudonym(secret, 'Sam'));
    expect(authorPseudonym('1e'.repeat(32), 'Sam')).not.toBe(authorPseudonym(secret, 'Sam'));
    expect(authorPseudonym(secret, '')).toBe('');
  });
});
