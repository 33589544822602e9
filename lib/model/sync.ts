/**
 * Team sync (issue #18): what Margin reads from a council's CouchDB server, checked before anything
 * touches the store (everything from the server is untrusted), and what it keeps about sync locally:
 * conflicts awaiting a person, tombstones of resolved branches waiting to be pushed, checkpoints and the
 * last report. The documents Margin writes are described in docs/sync.md.
 */
import { z } from 'zod';

/** A revision as CouchDB writes it (`N-hash`); Margin's own have 32 hex digits, others may differ. */
export const RevSchema = z.string().regex(/^[1-9]\d{0,8}-[0-9a-zA-Z]{1,64}$/, 'not a revision');

/** `POST /_session` and `GET /_session`. */
export const SessionSchema = z.object({
  ok: z.boolean().optional(),
  name: z.string().nullable().optional(),
  roles: z.array(z.string()).optional(),
  userCtx: z.object({ name: z.string().nullable(), roles: z.array(z.string()) }).optional(),
});

/** A write's acknowledgement (`{ ok, id, rev }`). */
export const OkSchema = z.looseObject({ ok: z.boolean().optional() });

/** A sequence of the server's changes feed: a number (PouchDB, CouchDB 1) or an opaque string. */
export const SeqSchema = z.union([z.number().int().nonnegative(), z.string().min(1).max(2000)]);

/** `GET /db/_changes?style=all_docs`: each changed document with its leaf revisions. */
export const ChangesSchema = z.object({
  results: z.array(
    z.object({
      id: z.string().min(1).max(500),
      seq: SeqSchema,
      changes: z.array(z.object({ rev: RevSchema })).min(1),
      deleted: z.boolean().optional(),
    }),
  ),
  last_seq: SeqSchema,
});

/** `POST /db/_revs_diff`: the revisions the server lacks, per document. */
export const RevsDiffSchema = z.record(z.string(), z.object({ missing: z.array(RevSchema).optional() }));

/** `POST /db/_bulk_docs` with `new_edits: false`: only failures are listed. */
export const BulkDocsResultSchema = z.array(
  z.object({
    id: z.string().optional(),
    rev: z.string().optional(),
    ok: z.boolean().optional(),
    error: z.string().optional(),
    reason: z.string().optional(),
  }),
);

/** `_revisions` of a document read with `revs=true`. */
export const RevisionsSchema = z.object({
  start: z.number().int().positive(),
  ids: z.array(z.string().regex(/^[0-9a-zA-Z]{1,64}$/)).min(1),
});

/** `POST /db/_bulk_get?revs=true`: each asked revision, or an error for it. */
export const BulkGetSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      docs: z.array(
        z.union([
          z.object({ ok: z.looseObject({ _id: z.string(), _rev: RevSchema }) }),
          z.object({ error: z.object({ id: z.string().optional(), rev: z.string().optional() }).loose() }),
        ]),
      ),
    }),
  ),
});

/** A Margin document on the server (`_id` `<kind>:<id>`), before its `data` is checked by its kind's schema. */
export const SyncDocSchema = z.object({
  _id: z.string().min(3).max(500),
  _rev: RevSchema,
  _revisions: RevisionsSchema,
  _deleted: z.boolean().optional(),
  kind: z.string().min(1).max(50),
  data: z.unknown().optional(),
  device: z.string().max(100),
  author: z.string().max(100),
  updatedAt: z.string().max(40),
  owner: z.string().max(200).optional(),
  /** Set on the tombstone that closes a branch when a person resolved a conflict. */
  resolved: z.boolean().optional(),
});

/** The checkpoint document `_local/margin-<device>` on the server. */
export const CheckpointDocSchema = z.looseObject({
  _rev: z.string().optional(),
  pushedSeq: z.number().int().nonnegative(),
  pulledSeq: SeqSchema,
});

/** A record changed on both sides: both versions kept, the record left as it was until a person chooses. */
export interface SyncConflict {
  kind: string;
  id: string;
  localRev: string;
  /** The record as stored here (null: deleted here). */
  local: unknown;
  localDeleted: boolean;
  remoteRev: string;
  /** The server's version (null: deleted there). */
  remote: unknown;
  remoteDeleted: boolean;
  /** The remote branch's revisions, newest first (its tombstone's `_revisions` when it loses). */
  remotePath: string[];
  /** The remote version's author pseudonym and device. */
  remoteAuthor: string;
  remoteDevice: string;
  detectedAt: string;
}

/** A tombstone closing the losing branch of a resolved conflict, pushed at the next sync. */
export interface SyncClosure {
  kind: string;
  id: string;
  /** The tombstone's revision (child of the losing branch's leaf). */
  rev: string;
  /** Its `_revisions` ids path, newest first: the tombstone, then the losing branch. */
  path: string[];
  author: string;
  resolvedAt: string;
}

/** What one sync run did. */
export interface SyncReport {
  /** Revisions written to the server (tombstones included). */
  pushed: number;
  /** Remote revisions written here (deletions included). */
  pulled: number;
  /** Conflicts found in this run. */
  conflicts: number;
  /** Records deleted here because they were deleted elsewhere. */
  deleted: number;
  /** Records the server refused (not its owner's, or refused by its rules), with its reason. */
  refused: { kind: string; id: string; reason: string }[];
  startedAt: string;
  finishedAt: string;
  /** The run's error in plain words, when it stopped early. */
  error?: { code: string; message: string };
}

/** A row of `syncState`: the checkpoints (`checkpoint`) and the last report (`last`). */
export type SyncStateRow =
  { key: 'checkpoint'; pushedSeq: number; pulledSeq: number | string } | { key: 'last'; report: SyncReport };
