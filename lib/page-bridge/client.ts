/** The sidebar's side of the page bridge: sends a message to the in-page script of its own tab. */
import { browser } from 'wxt/browser';
import type { BridgeMessage, BridgeResponses } from './protocol';

export async function toPage<M extends BridgeMessage>(
  tabId: number,
  message: M,
): Promise<BridgeResponses[M['type']]> {
  const response = (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as
    BridgeResponses[M['type']] | undefined;
  if (response === undefined) throw new Error('The page did not answer: reload it and try again.');
  return response;
}
