/**
 * The sidebar's end of the frame token: listens for the token the in-page script hands to the frame
 * it mounted. The host page can post look-alike messages into the frame too, so every candidate is
 * only a claim to try with the background (`sidebar/hello`), which knows the live token. Start it as
 * the sidebar page loads: the in-page script posts once, when the frame has loaded.
 */
import { frameTokenOf } from './frame-token';

/** At most this many candidates are tried: a page flooding the frame cannot keep it busy for ever. */
const MAX_CANDIDATES = 50;

export interface TokenInbox {
  /** Calls `onToken` for every candidate received so far and every later one, until `signal` aborts. */
  each(onToken: (token: string) => void, signal: AbortSignal): void;
}

export function receiveFrameTokens(win: Window): TokenInbox {
  const received: string[] = [];
  const listeners = new Set<(token: string) => void>();
  win.addEventListener('message', (event) => {
    if (event.source !== win.parent || received.length >= MAX_CANDIDATES) return;
    const token = frameTokenOf(event.data);
    if (token === null || received.includes(token)) return;
    received.push(token);
    for (const listener of listeners) listener(token);
  });
  return {
    each(onToken, signal) {
      for (const token of received) onToken(token);
      listeners.add(onToken);
      signal.addEventListener('abort', () => listeners.delete(onToken), { once: true });
    },
  };
}
