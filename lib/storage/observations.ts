/**
 * Writes and queries of observations. Writes run in the background after the router validated the
 * message; every write re-validates the whole record, and an update is refused when the record changed
 * since the writer read it (two tabs editing the same observation: the later writer sees the conflict).
 */
import type { AppDB } from './db';
import { forgetHistory, keepEarlierVersion } from './edit-history';
import { forgetReplies, repliesFor } from './replies';
import { ReplySchema, type Reply } from '../model/reply';
import { pageKey } from '../model/page-context';
import {
  ObservationSchema,
  type Observation,
  type ObservationFields,
  type ObservationTarget,
} from '../model/observation';

export class ConflictError extends Error {
  constructor() {
    super(
      'This observation was changed elsewhere (another tab or window) since you opened it. Reload it and try again.',
    );
    this.name = 'ConflictError';
  }
}

export interface NewObservation {
  fields: ObservationFields;
  target: ObservationTarget;
  author: string;
}

/** Stores a new observation; throws (writing nothing) when the record is invalid. */
export async function createObservation(
  db: AppDB,
  input: NewObservation,
  now = new Date(),
): Promise<Observation> {
  const at = now.toISOString();
  const observation = ObservationSchema.parse({
    ...input.fields,
    id: crypto.randomUUID(),
    target: input.target,
    pageKey: pageKey(input.target.page),
    author: input.author,
    createdAt: at,
    updatedAt: at,
  });
  await db.observations.add(observation);
  return observation;
}

/**
 * Replaces the auditor-written fields of an observation, keeping the replaced version in its edit trail
 * (`by` made the change). `expectedUpdatedAt` is the `updatedAt` the writer last saw; a different stored
 * value means someone else saved in between: ConflictError.
 */
export async function updateObservation(
  db: AppDB,
  id: string,
  fields: ObservationFields,
  expectedUpdatedAt: string,
  now = new Date(),
  by = '',
): Promise<Observation> {
  return db.transaction('rw', db.observations, db.recordHistory, async () => {
    const existing = await db.observations.get(id);
    if (!existing)
      throw new Error('This observation no longer exists (it may have been deleted in another tab).');
    if (existing.updatedAt !== expectedUpdatedAt) throw new ConflictError();
    const updatedAt = new Date(Math.max(now.getTime(), Date.parse(existing.updatedAt) + 1)).toISOString();
    const {
      followUp: _followUp,
      grade: _grade,
      sectionId: _sectionId,
      evidence: _evidence,
      ...kept
    } = existing;
    const next = ObservationSchema.parse({ ...kept, ...fields, updatedAt });
    await keepEarlierVersion(db, 'observations', existing, by, updatedAt);
    await db.observations.put(next);
    return next;
  });
}

/** What deleting an observation removed: it and its replies (for undo), or null when there was none. */
export interface DeletedObservation {
  observation: Observation;
  replies: Reply[];
}

/**
 * Deletes an observation, its edit trail and its replies (with theirs), in one transaction; returns
 * what was deleted (for undo), or null when there was no such observation.
 */
export async function deleteObservation(db: AppDB, id: string): Promise<DeletedObservation | null> {
  return db.transaction('rw', db.observations, db.recordHistory, db.replies, async () => {
    const existing = await db.observations.get(id);
    if (!existing) return null;
    const replies = await repliesFor(db, id);
    await db.observations.delete(id);
    await forgetHistory(db, [id]);
    await forgetReplies(db, [id]);
    return { observation: existing, replies };
  });
}

/**
 * Puts back a deleted observation and its replies exactly as they were; false (nothing written) if
 * its id is taken or a reply does not belong to it.
 */
export async function restoreObservation(
  db: AppDB,
  observation: Observation,
  replies: readonly Reply[] = [],
): Promise<boolean> {
  const valid = ObservationSchema.parse(observation);
  const validReplies = replies.map((reply) => ReplySchema.parse(reply));
  if (validReplies.some((reply) => reply.observationId !== valid.id)) return false;
  return db.transaction('rw', db.observations, db.replies, async () => {
    if (await db.observations.get(valid.id)) return false;
    await db.observations.add(valid);
    if (validReplies.length) await db.replies.bulkPut(validReplies);
    return true;
  });
}

/** Observations on one screen, oldest first (reading order of an audit). */
export function observationsForPage(db: AppDB, key: string): Promise<Observation[]> {
  return db.observations.where('pageKey').equals(key).sortBy('createdAt');
}

/** Observations of one audit, across all its screens, oldest first. */
export function observationsForAudit(db: AppDB, auditId: string): Promise<Observation[]> {
  return db.observations.where('auditId').equals(auditId).sortBy('createdAt');
}
