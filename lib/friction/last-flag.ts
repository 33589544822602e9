/** The category and severity of the user's last flag, offered first next time (two actions for the common case). */
import { browser } from 'wxt/browser';
import {
  FRICTION_CATEGORY_IDS,
  SEVERITIES,
  type FrictionCategory,
  type Severity,
} from '../model/friction-categories';

const KEY = 'lastFlagChoice';

/**
 * The last choice; `category` is null until the user has chosen one, so a first flag is never filed
 * under a category nobody picked.
 */
export async function lastFlagChoice(): Promise<{ category: FrictionCategory | null; severity: Severity }> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as
    { category?: unknown; severity?: unknown } | undefined;
  const category = FRICTION_CATEGORY_IDS.find((id) => id === stored?.category) ?? null;
  const severity = SEVERITIES.find((level) => level === stored?.severity) ?? 'medium';
  return { category, severity };
}

export async function rememberFlagChoice(category: FrictionCategory, severity: Severity): Promise<void> {
  await browser.storage.local.set({ [KEY]: { category, severity } });
}
