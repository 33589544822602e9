/**
 * Retention: records whose last change is older than the retention period are deleted, all in one
 * transaction (a purge that fails deletes nothing). An audit goes together with its observations, and
 * only when neither the audit nor any of its observations changed within the period; observations of
 * an audit that stays, stay. Replies go with their observation, and a reply within the period keeps its
 * observation (and so its audit): the conversation is still going on. Edit and import history, capture receipts and import receipts go by their
 * own dates, and the history of every purged record goes with it. A purged record's change becomes a
 * tombstone like any deletion (lib/storage/change-log.ts), so a pooled copy follows; tombstones go when
 * their deletion is older than the period. Closed audit rounds go by the same rule
 * (their last change older than the period; round-retention.ts says how that is found). Conversation
 * records go with their audit.
 */
import type { IndexableType } from 'dexie';
import type { AppDB } from './db';
import { planRoundPurge, ROUND_KINDS, roundRetentionTables, type RoundKind } from './round-retention';

export const PURGED_KINDS = [
  'observations',
  'replies',
  'audits',
  'notes',
  'frictionFlags',
  'frictionCounters',
  'recordHistory',
  'appliedBatches',
  'importedFiles',
  'conversations',
  'changeLog',
  ...ROUND_KINDS,
] as const;
export type PurgedKind = (typeof PURGED_KINDS)[number];
export type PurgeCounts = Record<PurgedKind, number>;

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The first moment that is still kept: everything last changed before it is purged. */
export function retentionCutoff(retentionDays: number, now = new Date()): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

interface PurgePlan extends Record<RoundKind, IndexableType[]> {
  observations: string[];
  replies: string[];
  audits: string[];
  notes: string[];
  frictionFlags: string[];
  frictionCounters: string[];
  recordHistory: string[];
  appliedBatches: string[];
  importedFiles: string[];
  conversations: string[];
  changeLog: number[];
}

async function plan(db: AppDB, before: string): Promise<PurgePlan> {
  const old = (at: string) => at < before;
  const oldAudits = await db.audits.where('updatedAt').below(before).primaryKeys();
  const observations = await db.observations.toArray();
  const replies = await db.replies.toArray();
  // An observation's last change: its own, or its latest reply's.
  const lastChange = new Map(observations.map((o) => [o.id, o.updatedAt]));
  for (const r of replies) {
    const at = lastChange.get(r.observationId);
    if (at !== undefined && r.updatedAt > at) lastChange.set(r.observationId, r.updatedAt);
  }
  const changed = (id: string) => lastChange.get(id)!;
  const liveAudits = new Set(
    observations.filter((o) => o.auditId && !old(changed(o.id))).map((o) => o.auditId),
  );
  const audits = new Set(oldAudits.filter((id) => !liveAudits.has(id)));
  const stored = new Set(await db.audits.toCollection().primaryKeys());
  // An observation of an audit that is not on this device goes by its own date.
  const purgedObservations = observations
    .filter((o) => (o.auditId && stored.has(o.auditId) ? audits.has(o.auditId) : old(changed(o.id))))
    .map((o) => o.id);
  const purgedSet = new Set(purgedObservations);
  // A reply goes with its observation; one whose observation is not on this device, by its own date.
  const purgedReplies = replies
    .filter((r) => (lastChange.has(r.observationId) ? purgedSet.has(r.observationId) : old(r.updatedAt)))
    .map((r) => r.id);
  const notes = (await db.notes.toArray()).filter((n) => old(n.updatedAt)).map((n) => n.id);
  const frictionFlags = await db.frictionFlags.where('createdAt').below(before).primaryKeys();
  // A conversation record goes with its audit; one whose audit is not on this device, by its own date.
  const conversations = (await db.conversations.toArray())
    .filter((c) => (stored.has(c.auditId) ? audits.has(c.auditId) : old(c.updatedAt)))
    .map((c) => c.id);
  const gone = new Set([
    ...purgedObservations,
    ...purgedReplies,
    ...audits,
    ...notes,
    ...frictionFlags,
    ...conversations,
  ]);
  const history = await db.recordHistory.toArray();
  return {
    observations: purgedObservations,
    audits: [...audits],
    notes,
    frictionFlags,
    frictionCounters: await db.frictionCounters.where('day').below(before.slice(0, 10)).primaryKeys(),
    replies: purgedReplies,
    conversations,
    recordHistory: history
      .filter((h) => old(h.at) || gone.has(h.recordId) || (h.parentId !== undefined && gone.has(h.parentId)))
      .map((h) => h.id),
    appliedBatches: await db.appliedBatches.where('at').below(before).primaryKeys(),
    importedFiles: (await db.importedFiles.toArray()).filter((f) => old(f.importedAt)).map((f) => f.hash),
    // Tombstones (kind, id, revision, device, author pseudonym: never the record) by the deletion's date.
    changeLog: (await db.changeLog.filter((c) => c.deleted && old(c.updatedAt)).primaryKeys()) as number[],
    ...(await planRoundPurge(db, before)),
  };
}

function countsOf(found: PurgePlan): PurgeCounts {
  return Object.fromEntries(PURGED_KINDS.map((kind) => [kind, found[kind].length])) as PurgeCounts;
}

/** How many records of each kind were last changed before `cutoff` (nothing is deleted). */
export async function countPurgeable(db: AppDB, cutoff: Date): Promise<PurgeCounts> {
  const tables = [...new Set([...PURGED_KINDS.map((kind) => db.table(kind)), ...roundRetentionTables(db)])];
  return db.transaction('r', tables, async () => countsOf(await plan(db, cutoff.toISOString())));
}

/** Deletes every record last changed before `cutoff`, in one transaction; returns what it deleted. */
export async function purgeBefore(db: AppDB, cutoff: Date): Promise<PurgeCounts> {
  const tables = [...new Set([...PURGED_KINDS.map((kind) => db.table(kind)), ...roundRetentionTables(db)])];
  return db.transaction('rw', tables, async () => {
    const found = await plan(db, cutoff.toISOString());
    for (const kind of PURGED_KINDS) await db.table(kind).bulkDelete(found[kind]);
    return countsOf(found);
  });
}

export function totalOf(counts: PurgeCounts): number {
  return PURGED_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
}
