/**
 * The kinds of record Margin exchanges (issue #18): each kind's name in the change log and the Dexie
 * table that holds it. One line per kind: a new kind of record travels once it is listed here. A kind
 * whose table this database does not have (yet) is skipped everywhere. Pure data: the change-log
 * middleware (lib/storage/change-log.ts) and the NDJSON export (lib/export/change-log-export.ts) read it.
 */

export interface ExchangeKind {
  /** The kind's name in the change log (`kind` of each NDJSON line). */
  kind: string;
  /** Its Dexie table. */
  table: string;
  /** The record's field naming the person who wrote it, pseudonymised as the change's `author`. */
  authorField?: string;
}

/** Every exchanged kind; records of other tables (notes, templates, history, receipts) stay local. */
export const EXCHANGE_KINDS: readonly ExchangeKind[] = [
  { kind: 'audit', table: 'audits', authorField: 'auditor' },
  { kind: 'observation', table: 'observations', authorField: 'author' },
  { kind: 'conversation', table: 'conversations', authorField: 'author' },
  { kind: 'finding', table: 'findings', authorField: 'author' },
  { kind: 'moderation', table: 'moderations', authorField: 'moderator' },
  { kind: 'round', table: 'rounds', authorField: 'owner' },
  { kind: 'friction-flag', table: 'frictionFlags', authorField: 'author' },
  { kind: 'friction-counters', table: 'frictionCounters' },
];

const BY_TABLE = new Map(EXCHANGE_KINDS.map((k) => [k.table, k]));
const BY_KIND = new Map(EXCHANGE_KINDS.map((k) => [k.kind, k]));

/** The kind a table holds, or undefined for a table that is not exchanged. */
export const kindOfTable = (table: string): ExchangeKind | undefined => BY_TABLE.get(table);

/** The kind named `kind`, or undefined. */
export const kindNamed = (kind: string): ExchangeKind | undefined => BY_KIND.get(kind);

/** The kinds whose tables exist among `tables` (a database's table names), in the list's order. */
export function presentKinds(tables: Iterable<string>): ExchangeKind[] {
  const names = new Set(tables);
  return EXCHANGE_KINDS.filter((k) => names.has(k.table));
}

/** The name a record carries as its author (empty when the kind has none or the field is not a string). */
export function authorName(kind: ExchangeKind, record: unknown): string {
  if (!kind.authorField || record === null || typeof record !== 'object') return '';
  const value = (record as Record<string, unknown>)[kind.authorField];
  return typeof value === 'string' ? value : '';
}
