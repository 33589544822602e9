/**
 * User settings kept in `storage.local` (who the auditor is). Loaded through Zod: a missing or
 * malformed stored value falls back to its default, with a warning saying so.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { loadPolicy } from './policy';
import { AuthorRoleSchema } from '../model/reply';

export const SettingsSchema = z.strictObject({
  /** Name recorded as the author of notes and observations. */
  author: z.string().trim().max(200, 'Your name can be at most 200 characters.'),
  /** The person's role, if they gave it: shown beside their name on replies. */
  role: AuthorRoleSchema.optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { author: '' };
const KEY = 'settings';

/** The name records are written under: the organisation's (policy) when it sets one, else the user's. */
export async function currentAuthor(): Promise<string> {
  const { policy } = await loadPolicy();
  return policy.auditorName ?? (await loadSettings()).author;
}

/** Reads settings; never throws for bad stored data, returning the defaults instead. */
export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (stored === undefined) return DEFAULT_SETTINGS;
  const parsed = SettingsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  console.warn('Margin ignored malformed saved settings and is using the defaults.', parsed.error.issues);
  return DEFAULT_SETTINGS;
}

/** Validates and saves settings; throws a ZodError naming the bad field when they are invalid. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const parsed = SettingsSchema.parse(settings);
  await browser.storage.local.set({ [KEY]: parsed });
  return parsed;
}
