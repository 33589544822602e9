/**
 * Writes and queries of replies on observations. Writes run in the background after the router
 * validated the message. Only a reply's author may edit or delete it; an edit keeps the replaced
 * version in the edit trail and a deletion leaves an entry saying who deleted it and when (without its
 * text), both listed under the observation (`parentId`). A reply never outlives its observation.
 */
import type { AppDB } from './db';
import type { HistoryEntry } from './history';
import { ReplySchema, type AuthorRole, type Reply } from '../model/reply';

/** A refusal to change someone else's reply, in words the sidebar shows as they are. */
export class NotAuthorError extends Error {
  constructor(author: string) {
    super(`Only ${author || 'the person who wrote it'} can change or delete this reply.`);
    this.name = 'NotAuthorError';
  }
}

/** A save over a newer version of the reply (named like the observations' one, which the router answers as a conflict). */
export class ReplyConflictError extends Error {
  constructor() {
    super(
      'This reply was changed elsewhere (another tab or window) since you opened it. Reload it and try again.',
    );
    this.name = 'ConflictError';
  }
}

export interface NewReply {
  observationId: string;
  text: string;
  author: string;
  authorRole?: AuthorRole;
}

const NO_NAME =
  'Enter your name first (at the top of the sidebar): a reply shows who wrote it, so the others know who to answer.';
const NO_OBSERVATION = 'This observation no longer exists (it may have been deleted in another tab).';
const NO_REPLY = 'This reply no longer exists (it may have been deleted in another tab).';

/** Stores a new reply on an existing observation; throws (writing nothing) when it is invalid or anonymous. */
export async function createReply(db: AppDB, input: NewReply, now = new Date()): Promise<Reply> {
  if (input.author.trim() === '') throw new Error(NO_NAME);
  const at = now.toISOString();
  const reply = ReplySchema.parse({
    id: crypto.randomUUID(),
    observationId: input.observationId,
    author: input.author,
    ...(input.authorRole ? { authorRole: input.authorRole } : {}),
    text: input.text,
    createdAt: at,
    updatedAt: at,
  });
  return db.transaction('rw', db.observations, db.replies, async () => {
    if (!(await db.observations.get(reply.observationId))) throw new Error(NO_OBSERVATION);
    await db.replies.add(reply);
    return reply;
  });
}

async function ownReply(db: AppDB, id: string, by: string, expectedUpdatedAt?: string): Promise<Reply> {
  const existing = await db.replies.get(id);
  if (!existing) throw new Error(NO_REPLY);
  if (by.trim() === '' || existing.author !== by) throw new NotAuthorError(existing.author);
  if (expectedUpdatedAt !== undefined && existing.updatedAt !== expectedUpdatedAt)
    throw new ReplyConflictError();
  return existing;
}

function trailEntry(previous: Reply, reason: 'edited' | 'deleted', by: string, at: string): HistoryEntry {
  return {
    id: crypto.randomUUID(),
    table: 'replies',
    recordId: previous.id,
    parentId: previous.observationId,
    version: previous,
    reason,
    at,
    source: '',
    by,
  };
}

/**
 * Replaces the text of a reply written by `by`, keeping the replaced version in the edit trail.
 * `expectedUpdatedAt` is the version the writer saw; a newer stored one is a ConflictError.
 */
export async function updateReply(
  db: AppDB,
  id: string,
  text: string,
  expectedUpdatedAt: string,
  by: string,
  now = new Date(),
): Promise<Reply> {
  return db.transaction('rw', db.replies, db.recordHistory, async () => {
    const existing = await ownReply(db, id, by, expectedUpdatedAt);
    const updatedAt = new Date(Math.max(now.getTime(), Date.parse(existing.updatedAt) + 1)).toISOString();
    const next = ReplySchema.parse({ ...existing, text, updatedAt });
    await db.recordHistory.add(trailEntry(existing, 'edited', by, updatedAt));
    await db.replies.put(next);
    return next;
  });
}

/**
 * Deletes a reply written by `by`. The trail keeps who wrote it, who deleted it and when, not its
 * text; its earlier versions (edits) go with it. Returns the deleted reply.
 */
export async function deleteReply(db: AppDB, id: string, by: string, now = new Date()): Promise<Reply> {
  return db.transaction('rw', db.replies, db.recordHistory, async () => {
    const existing = await ownReply(db, id, by);
    await db.recordHistory.where('recordId').equals(id).delete();
    await db.recordHistory.add(trailEntry({ ...existing, text: '' }, 'deleted', by, now.toISOString()));
    await db.replies.delete(id);
    return existing;
  });
}

/** The replies of one observation, oldest first (reading order of a conversation). */
export async function repliesFor(db: AppDB, observationId: string): Promise<Reply[]> {
  const replies = await db.replies.where('observationId').equals(observationId).toArray();
  return replies.sort(byCreated);
}

/** Reading order: oldest first, ties by id so every device shows the same order. */
export function byCreated(a: Reply, b: Reply): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;
}

/** How many replies each of `observationIds` has (0 for none). */
export async function replyCounts(
  db: AppDB,
  observationIds: readonly string[],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = Object.fromEntries(observationIds.map((id) => [id, 0]));
  await db.replies
    .where('observationId')
    .anyOf([...observationIds])
    .each((reply) => void (counts[reply.observationId] = (counts[reply.observationId] ?? 0) + 1));
  return counts;
}

/**
 * Deletes every reply of `observationIds` and every kept version of them. Call inside the transaction
 * that deletes the observations (tables: replies, recordHistory).
 */
export async function forgetReplies(db: AppDB, observationIds: readonly string[]): Promise<number> {
  if (observationIds.length === 0) return 0;
  const ids = [...observationIds];
  await db.recordHistory.where('parentId').anyOf(ids).delete();
  return db.replies.where('observationId').anyOf(ids).delete();
}
