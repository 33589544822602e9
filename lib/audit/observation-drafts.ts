/**
 * Drafts of new observations, one per screen, kept in `storage.local` until the auditor saves or
 * cancels: case systems time out and reload often, and the auditor moves between screens, and what
 * they were writing must not be lost on the way. The auditor's own words and the target they chose
 * only; cleared by saving, cancelling, "Delete everything", or after 30 days. Extension pages only.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { ObservationFieldsSchema, ObservationTargetSchema } from '../model/observation';

const KEY = 'observationDrafts';
const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
const MAX_DRAFTS = 50;

/** A draft: any stage of the form, so the comment may still be empty. */
const DraftSchema = z.object({
  target: ObservationTargetSchema,
  fields: ObservationFieldsSchema.extend({ comment: z.string().max(20_000) }).partial(),
  savedAt: z.number(),
});
export type ObservationDraft = z.infer<typeof DraftSchema>;

async function readAll(): Promise<Record<string, ObservationDraft>> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (typeof stored !== 'object' || stored === null) return {};
  const now = Date.now();
  const kept: Record<string, ObservationDraft> = {};
  for (const [screen, value] of Object.entries(stored)) {
    const draft = DraftSchema.safeParse(value);
    if (draft.success && now - draft.data.savedAt < MAX_AGE_MS) kept[screen] = draft.data;
  }
  return kept;
}

/** The draft kept for the screen `screenKey` (a `pageKey`), or null. */
export async function keptDraft(screenKey: string): Promise<ObservationDraft | null> {
  return (await readAll())[screenKey] ?? null;
}

/** Keeps `draft` as the screen's draft, replacing any earlier one; the oldest go past 50 screens. */
export async function keepDraft(screenKey: string, draft: Omit<ObservationDraft, 'savedAt'>): Promise<void> {
  const all = { ...(await readAll()), [screenKey]: { ...draft, savedAt: Date.now() } };
  const newest = Object.entries(all)
    .sort(([, a], [, b]) => b.savedAt - a.savedAt)
    .slice(0, MAX_DRAFTS);
  await browser.storage.local.set({ [KEY]: Object.fromEntries(newest) });
}

/** Forgets the screen's draft (saved, or discarded). */
export async function dropDraft(screenKey: string): Promise<void> {
  const all = await readAll();
  if (!(screenKey in all)) return;
  delete all[screenKey];
  await browser.storage.local.set({ [KEY]: all });
}
