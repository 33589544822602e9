/**
 * Whether passive friction capture is on, per site: off until the user switches it on for that site
 * in the sidebar. Kept in `storage.local`, so the in-page script of every tab on the site starts or
 * stops at once when it changes. No Zod: the in-page script reads it.
 */
import { browser } from 'wxt/browser';

const KEY = 'frictionCapture';

function read(stored: unknown): Record<string, boolean> {
  return typeof stored === 'object' && stored !== null ? (stored as Record<string, boolean>) : {};
}

export async function isCaptureOn(origin: string): Promise<boolean> {
  return read((await browser.storage.local.get(KEY))[KEY])[origin] === true;
}

export async function setCapture(origin: string, on: boolean): Promise<void> {
  const current = read((await browser.storage.local.get(KEY))[KEY]);
  await browser.storage.local.set({ [KEY]: { ...current, [origin]: on } });
}

/** Calls `listener` whenever capture is switched on or off for `origin`, until `signal` aborts. */
export function watchCapture(origin: string, listener: (on: boolean) => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(read(changes[KEY]?.newValue)[origin] === true);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
