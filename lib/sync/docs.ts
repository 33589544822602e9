/**
 * Margin records as CouchDB documents and back (docs/sync.md): `_id` `<kind>:<id>`, `_rev` and
 * `_revisions` from the change log's revision, parent and history, `kind`, `data` (the record as
 * stored; none on a tombstone), `_deleted`, the device and the author's pseudonym, and `owner` (the
 * signed-in account, which the server's validate_doc_update checks; never on friction counters, which
 * stay pseudonymous). Reading checks a document whole, `data` with its kind's own schema, or refuses it.
 */
import { kindNamed } from '../exchange/kinds';
import type { ChangeRow } from '../storage/change-log';
import { SyncDocSchema } from '../model/sync';
import { RECORD_SHAPES } from './record-schemas';

/** A revision of a record as the server holds it, checked. */
export interface RemoteVersion {
  kind: string;
  id: string;
  rev: string;
  /** Its revisions, newest first, starting with `rev`. */
  path: string[];
  deleted: boolean;
  /** The record (null on a tombstone). */
  record: unknown;
  device: string;
  author: string;
  updatedAt: string;
  /** A tombstone that closed a branch when a person resolved a conflict. */
  resolved: boolean;
}

/** The document id of a record. */
export const docId = (kind: string, id: string) => `${kind}:${id}`;

const hashOf = (rev: string) => rev.slice(rev.indexOf('-') + 1);

/** `_revisions` of a branch given newest first. */
export function revisionsOf(path: string[]): { start: number; ids: string[] } {
  return { start: Number.parseInt(path[0]!, 10), ids: path.map(hashOf) };
}

/** A change row's branch, newest first: the revision, its parent, then its kept history. */
export const pathOf = (row: Pick<ChangeRow, 'rev' | 'parentRev' | 'history'>): string[] =>
  row.parentRev ? [row.rev, row.parentRev, ...(row.history ?? [])] : [row.rev];

/** The document for a change row and its record (ignored for a tombstone). */
export function docOf(row: ChangeRow, record: unknown, owner: string): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    _id: docId(row.kind, row.id),
    _rev: row.rev,
    _revisions: revisionsOf(pathOf(row)),
    kind: row.kind,
    device: row.device,
    author: row.author,
    updatedAt: row.updatedAt,
  };
  if (row.kind !== 'friction-counters') doc.owner = owner;
  if (row.deleted) doc._deleted = true;
  else doc.data = record;
  return doc;
}

/** Why a document from the server is refused. */
export class DocRefused extends Error {}

/**
 * A document from the server as a checked revision; undefined for documents that are not Margin's
 * records (design documents, kinds this version does not know); DocRefused for a malformed one.
 */
export function readDoc(raw: unknown): RemoteVersion | undefined {
  const id0 = (raw as { _id?: unknown } | null)?._id;
  if (typeof id0 === 'string' && id0.startsWith('_design/')) return undefined;
  const parsed = SyncDocSchema.safeParse(raw);
  const name = typeof id0 === 'string' ? id0.slice(0, 120) : 'a document';
  if (!parsed.success) throw new DocRefused(`${name}: ${parsed.error.issues[0]?.message ?? 'malformed'}`);
  const doc = parsed.data;
  const colon = doc._id.indexOf(':');
  const kind = doc._id.slice(0, colon);
  const id = doc._id.slice(colon + 1);
  if (colon < 1 || !kindNamed(kind) || !RECORD_SHAPES[kind]) return undefined;
  if (doc.kind !== kind) throw new DocRefused(`${name}: its kind is not its id's`);
  const { start, ids } = doc._revisions;
  if (ids.length > start) throw new DocRefused(`${name}: its revision history is longer than its revisions`);
  const path = ids.map((hash, i) => `${start - i}-${hash}`);
  if (path[0] !== doc._rev)
    throw new DocRefused(`${name}: its revision history does not start at its revision`);
  const deleted = doc._deleted === true;
  let record: unknown = null;
  if (!deleted) {
    const shape = RECORD_SHAPES[kind]!;
    const data = shape.schema.safeParse(doc.data);
    if (!data.success) {
      const issue = data.error.issues[0];
      throw new DocRefused(
        `${name}: ${issue?.path.join('.') || 'data'}: ${issue?.message ?? 'not a record'}`,
      );
    }
    if ((data.data as Record<string, unknown>)[shape.key] !== id)
      throw new DocRefused(`${name}: the record's id is not the document's`);
    record = data.data;
  }
  return {
    kind,
    id,
    rev: doc._rev,
    path,
    deleted,
    record,
    device: doc.device,
    author: doc.author,
    updatedAt: doc.updatedAt,
    resolved: doc.resolved === true,
  };
}
