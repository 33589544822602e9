/**
 * The sidebar's side of the page bridge: sends a message to the in-page script of its own tab, with
 * the frame token the sidebar claimed (the in-page script answers no sidebar document without it).
 */
import { browser } from 'wxt/browser';
import type { BridgeMessage, BridgeResponses } from './protocol';

let frameToken: string | null = null;

/** The sidebar has claimed `token` (components/sidebar/FrameGate.tsx); requests carry it from now on. */
export function setFrameToken(token: string): void {
  frameToken = token;
}

export async function toPage<M extends BridgeMessage>(
  tabId: number,
  message: M,
): Promise<BridgeResponses[M['type']]> {
  const response = (await browser.tabs.sendMessage(
    tabId,
    frameToken === null ? message : { ...message, frameToken },
    { frameId: 0 },
  )) as BridgeResponses[M['type']] | undefined;
  if (response === undefined) throw new Error('The page did not answer: reload it and try again.');
  return response;
}
