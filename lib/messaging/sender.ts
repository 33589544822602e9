/**
 * Classifies the sender of a runtime message, so the router can refuse messages from anyone but
 * Margin's own scripts and pages. Background only.
 */
import type { SenderRole } from './protocol';

/** The sidebar page, the one extension page sites may frame. */
export const SIDEBAR_PATH = '/sidebar.html';

/**
 * Returns `sidebar` for Margin's sidebar page in a tab (web-accessible, so a page may have framed its
 * own copy: the router lets it act only once it has claimed its tab's frame token), `extension` for
 * Margin's other pages, `page` for Margin's in-page script in a tab's top frame, and null for anything
 * else (another extension, a web page, a sub-frame).
 * @param extensionId this extension's id
 * @param extensionBaseUrl the URL of this extension's root, e.g. `chrome-extension://<id>/`
 */
export function senderRole(
  sender: { id?: string; url?: string; tab?: { id?: number }; frameId?: number },
  extensionId: string,
  extensionBaseUrl: string,
): SenderRole | null {
  if (sender.id !== extensionId) return null;
  if (sender.url?.startsWith(extensionBaseUrl)) {
    const path = new URL(sender.url).pathname;
    if (path !== SIDEBAR_PATH) return 'extension';
    return sender.tab?.id !== undefined ? 'sidebar' : null;
  }
  if (sender.tab?.id !== undefined && sender.frameId === 0) return 'page';
  return null;
}
