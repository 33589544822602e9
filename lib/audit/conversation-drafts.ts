/**
 * Drafts of new conversation records, one per audit, kept in `storage.local` until the auditor saves
 * or cancels (a conversation is often written while it happens, and a reload or a timed-out case system
 * must not lose it). Like observation drafts: only what the auditor wrote, cleared by saving, cancelling,
 * "Delete everything", or after 30 days. Extension pages only.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { ConversationFieldsSchema, type ConversationFields } from '../model/conversation';

const KEY = 'conversationDrafts';
const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
const MAX_DRAFTS = 20;

/** A draft: any stage of the form, so the date may still be unfinished. */
const DraftSchema = z.object({
  fields: ConversationFieldsSchema.extend({ date: z.string().max(20) }),
  savedAt: z.number(),
});
type Draft = z.infer<typeof DraftSchema>;

async function readAll(): Promise<Record<string, Draft>> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (typeof stored !== 'object' || stored === null) return {};
  const now = Date.now();
  const kept: Record<string, Draft> = {};
  for (const [auditId, value] of Object.entries(stored)) {
    const draft = DraftSchema.safeParse(value);
    if (draft.success && now - draft.data.savedAt < MAX_AGE_MS) kept[auditId] = draft.data;
  }
  return kept;
}

/** The unsaved conversation record of audit `auditId`, or null. */
export async function keptConversationDraft(auditId: string): Promise<ConversationFields | null> {
  return (await readAll())[auditId]?.fields ?? null;
}

/** Keeps `fields` as the audit's draft, replacing any earlier one; the oldest go past 20 audits. */
export async function keepConversationDraft(fields: ConversationFields): Promise<void> {
  const all = { ...(await readAll()), [fields.auditId]: { fields, savedAt: Date.now() } };
  const newest = Object.entries(all)
    .sort(([, a], [, b]) => b.savedAt - a.savedAt)
    .slice(0, MAX_DRAFTS);
  await browser.storage.local.set({ [KEY]: Object.fromEntries(newest) });
}

/** Forgets the audit's draft (saved, or discarded). */
export async function dropConversationDraft(auditId: string): Promise<void> {
  const all = await readAll();
  if (!(auditId in all)) return;
  delete all[auditId];
  await browser.storage.local.set({ [KEY]: all });
}

/** Whether a draft holds anything the auditor wrote (a name, a prompt, a tag or a link). */
export function hasWriting(fields: ConversationFields): boolean {
  return (
    Boolean(fields.name?.trim()) ||
    Object.values(fields.prompts).some((text) => Boolean(text?.trim())) ||
    fields.factors.length + fields.observationIds.length + fields.sectionIds.length > 0
  );
}
