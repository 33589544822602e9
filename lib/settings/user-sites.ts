/**
 * The user's own choices about sites and adapters, in `storage.local`: sites they switched Margin off
 * on, and adapters they wrote in the adapter editor. Read and validated by the background; written by
 * the options page after validation.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { AdapterSchema, type Adapter } from '../model/adapter';

/** Site patterns (as in the manifest's host permissions) the user switched Margin off on. */
const DISABLED = 'disabledSites';
const ADAPTERS = 'userAdapters';
export const PAGE_CONFIG_KEYS = [DISABLED, ADAPTERS] as const;

export async function disabledSites(): Promise<string[]> {
  const parsed = z.array(z.string()).safeParse((await browser.storage.local.get(DISABLED))[DISABLED]);
  return parsed.success ? parsed.data : [];
}

/** Switches Margin on or off for a site pattern (e.g. `https://lcs.example.gov.uk/*`). */
export async function setSiteEnabled(site: string, enabled: boolean): Promise<void> {
  const current = new Set(await disabledSites());
  if (enabled) current.delete(site);
  else current.add(site);
  await browser.storage.local.set({ [DISABLED]: [...current] });
}

/** The user's adapters; any stored entry that is not a valid adapter is skipped (and reported). */
export async function userAdapters(): Promise<Adapter[]> {
  const stored = (await browser.storage.local.get(ADAPTERS))[ADAPTERS];
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = AdapterSchema.safeParse(entry);
    if (!parsed.success) console.warn('Margin skipped a malformed saved adapter.', parsed.error.issues);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Validates and saves the user's adapters (replacing them all); throws a ZodError naming the bad place. */
export async function saveUserAdapters(adapters: unknown): Promise<Adapter[]> {
  const valid = z.array(AdapterSchema).max(50).parse(adapters);
  await browser.storage.local.set({ [ADAPTERS]: valid });
  return valid;
}
