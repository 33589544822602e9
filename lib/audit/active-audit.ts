/**
 * Which audit the auditor is working on in this browser: kept in `storage.local` so every tab's
 * sidebar follows it and it survives restarts. Extension pages only.
 */
import { browser } from 'wxt/browser';

const KEY = 'activeAuditId';

export async function getActiveAuditId(): Promise<string | null> {
  const value = (await browser.storage.local.get(KEY))[KEY];
  return typeof value === 'string' ? value : null;
}

export async function setActiveAuditId(id: string | null): Promise<void> {
  if (id === null) await browser.storage.local.remove(KEY);
  else await browser.storage.local.set({ [KEY]: id });
}

export function watchActiveAuditId(listener: (id: string | null) => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const value = changes[KEY]?.newValue;
    listener(typeof value === 'string' ? value : null);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
