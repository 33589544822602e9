/**
 * The page context of each tab, as last reported by the in-page script. Kept in `storage.session`
 * (memory only, cleared when the browser closes, not readable by in-page scripts) so it survives a
 * service-worker restart and the sidebar can watch it change.
 */
import { browser } from 'wxt/browser';
import { PageContextSchema, type PageContext } from '../model/page-context';

export function tabContextKey(tabId: number): string {
  return `context:${tabId}`;
}

export async function setTabContext(tabId: number, context: PageContext): Promise<void> {
  await browser.storage.session.set({ [tabContextKey(tabId)]: context });
}

/** The last context of `tabId`, or null when none (or nothing valid) was reported. */
export async function getTabContext(tabId: number): Promise<PageContext | null> {
  const stored = (await browser.storage.session.get(tabContextKey(tabId)))[tabContextKey(tabId)];
  const parsed = PageContextSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export async function clearTabContext(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabContextKey(tabId));
}

/** Calls `listener` whenever the context of `tabId` changes, until `signal` aborts. Extension pages only. */
export function watchTabContext(
  tabId: number,
  listener: (context: PageContext | null) => void,
  signal: AbortSignal,
): void {
  const key = tabContextKey(tabId);
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session' || !(key in changes)) return;
    const parsed = PageContextSchema.safeParse(changes[key]?.newValue);
    listener(parsed.success ? parsed.data : null);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
