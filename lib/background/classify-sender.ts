/**
 * Who sent a runtime message, as the router needs to know it: the role (lib/messaging/sender.ts), the
 * tab and document, and, for a sidebar document, whether it is the frame Margin mounted in that tab.
 */
import { browser, type Browser } from 'wxt/browser';
import type { RawSender } from '../messaging/router';
import { senderRole } from '../messaging/sender';
import { isClaimedFrame } from './frame-claims';

export async function classifySender(
  sender: Browser.runtime.MessageSender & { documentId?: string },
  extensionBaseUrl: string,
): Promise<RawSender> {
  const role = senderRole(sender, browser.runtime.id, extensionBaseUrl);
  const tabId = sender.tab?.id ?? null;
  const frame = { frameId: sender.frameId, documentId: sender.documentId ?? null };
  const claimed =
    role === 'sidebar' && tabId !== null && sender.frameId !== undefined
      ? await isClaimedFrame({ tabId, frameId: sender.frameId, documentId: frame.documentId })
      : false;
  return { role, tabId, url: sender.url ?? null, ...frame, claimed };
}
