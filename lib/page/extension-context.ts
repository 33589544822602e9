/**
 * Notices when Margin's extension context is gone (Margin updated, reloaded, disabled or removed): the
 * browser leaves the old in-page script running in the page, but it can no longer reach Margin, so it
 * must take everything of its own out of the page. A cheap check every few seconds (one property read,
 * no layout); no port is kept open, since a port would wake the service worker again and again.
 */
import { browser } from 'wxt/browser';

const CHECK_MS = 2000;

/** Whether this script can still reach Margin (the browser clears `runtime.id` when it cannot). */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** Aborts `controller` once the extension context is gone; stops checking when it aborts. */
export function abortWhenOrphaned(controller: AbortController, checkMs = CHECK_MS): void {
  if (!extensionAlive()) return controller.abort();
  const timer = setInterval(() => {
    if (!extensionAlive()) controller.abort();
  }, checkMs);
  controller.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
