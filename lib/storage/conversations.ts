/**
 * Writes and queries of conversation records (lib/model/conversation.ts). Writes run in the background
 * after the router validated the message; each re-validates the whole record, adds author and times,
 * and checks that the audit exists and every linked observation belongs to it. An update carries the
 * version the writer saw: a newer stored one is a conflict. Deleting a conversation removes it and any
 * import losers kept of it: a family's words the auditor deletes are gone.
 */
import type { AppDB } from './db';
import { forgetHistory } from './edit-history';
import { ConversationSchema, type Conversation, type ConversationFields } from '../model/conversation';

/** A save over a newer version (named ConflictError, which the router answers as a conflict). */
export class ConversationConflictError extends Error {
  constructor() {
    super(
      'This conversation record was changed elsewhere (another tab or window) since you opened it. Reload it and try again.',
    );
    this.name = 'ConflictError';
  }
}

const NO_AUDIT = 'The audit this conversation belongs to no longer exists.';
const NO_CONVERSATION =
  'This conversation record no longer exists (it may have been deleted in another tab).';
const NOT_OF_AUDIT = 'A linked observation does not belong to this audit (it may have been deleted).';

/** Refuses (throws) unless the audit exists and every linked observation is one of its own. */
async function checkLinks(db: AppDB, fields: ConversationFields): Promise<void> {
  if (!(await db.audits.get(fields.auditId))) throw new Error(NO_AUDIT);
  if (fields.observationIds.length === 0) return;
  const linked = await db.observations.bulkGet(fields.observationIds);
  if (linked.some((observation) => observation?.auditId !== fields.auditId)) throw new Error(NOT_OF_AUDIT);
}

/** Stores a new conversation record by `author`; throws (writing nothing) when it is invalid. */
export async function createConversation(
  db: AppDB,
  fields: ConversationFields,
  author: string,
  now = new Date(),
): Promise<Conversation> {
  const at = now.toISOString();
  const conversation = ConversationSchema.parse({
    ...fields,
    id: crypto.randomUUID(),
    author,
    createdAt: at,
    updatedAt: at,
  });
  return db.transaction('rw', db.conversations, db.audits, db.observations, async () => {
    await checkLinks(db, conversation);
    await db.conversations.add(conversation);
    return conversation;
  });
}

/**
 * Replaces what the auditor wrote in a conversation record (author and creation stay). Its audit
 * cannot change. `expectedUpdatedAt` is the version the writer saw; a newer stored one is a conflict.
 */
export async function updateConversation(
  db: AppDB,
  id: string,
  fields: ConversationFields,
  expectedUpdatedAt: string,
  now = new Date(),
): Promise<Conversation> {
  return db.transaction('rw', db.conversations, db.audits, db.observations, async () => {
    const existing = await db.conversations.get(id);
    if (!existing) throw new Error(NO_CONVERSATION);
    if (existing.updatedAt !== expectedUpdatedAt) throw new ConversationConflictError();
    const updatedAt = new Date(Math.max(now.getTime(), Date.parse(existing.updatedAt) + 1)).toISOString();
    const { id: _id, author, createdAt } = existing;
    const next = ConversationSchema.parse({
      ...fields,
      auditId: existing.auditId,
      id,
      author,
      createdAt,
      updatedAt,
    });
    await checkLinks(db, next);
    await db.conversations.put(next);
    return next;
  });
}

/** Deletes a conversation record and every kept version of it; returns it (null when there was none). */
export async function deleteConversation(db: AppDB, id: string): Promise<Conversation | null> {
  return db.transaction('rw', db.conversations, db.recordHistory, async () => {
    const existing = await db.conversations.get(id);
    if (!existing) return null;
    await db.conversations.delete(id);
    await forgetHistory(db, [id]);
    return existing;
  });
}

/** Oldest conversation first (by date, then when it was written), ties by id. */
export function byDate(a: Conversation, b: Conversation): number {
  const key = (c: Conversation) => `${c.date}|${c.createdAt}|${c.id}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

/** The conversation records of one audit, in the order they took place. */
export async function conversationsForAudit(db: AppDB, auditId: string): Promise<Conversation[]> {
  return (await db.conversations.where('auditId').equals(auditId).toArray()).sort(byDate);
}

/** Every conversation record, in the order they took place. */
export async function allConversations(db: AppDB): Promise<Conversation[]> {
  return (await db.conversations.toArray()).sort(byDate);
}
