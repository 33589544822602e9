/**
 * Extension pages' side of the table change signals announced by the background (see changes.ts).
 * Free of Dexie, so pages that read through the background do not load the database code.
 */
import { browser } from 'wxt/browser';

export const CHANGE_KEY_PREFIX = 'changed:';

/** Extension pages: calls `listener` whenever `table` has changed, until `signal` aborts. */
export function watchTable(table: string, listener: () => void, signal: AbortSignal): void {
  const key = `${CHANGE_KEY_PREFIX}${table}`;
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && key in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
