/**
 * The in-page end of the frame token: each time Margin's sidebar frame loads (mount, re-attach after
 * the page removed it, or a navigation of the frame), mint a new token, register it with the
 * background, then hand it to that frame alone. The page bridge answers the sidebar only when its
 * request carries the live token.
 */
import { request } from '../messaging/client';
import { FRAME_TOKEN_MESSAGE, mintFrameToken, type FrameTokenMessage } from '../page-bridge/frame-token';

export interface FrameTokens {
  /** Call on every `load` of the sidebar frame. */
  handTo(frame: HTMLIFrameElement): Promise<void>;
  /** Whether `token` is the live one. */
  isLive(token: unknown): boolean;
}

export function createFrameTokens(extensionOrigin: string): FrameTokens {
  let live: string | null = null;
  return {
    async handTo(frame) {
      const token = mintFrameToken();
      live = token;
      await request({ type: 'page/frame', token });
      if (live !== token) return; // the frame loaded again meanwhile: the newer token goes instead
      const message: FrameTokenMessage = { type: FRAME_TOKEN_MESSAGE, token };
      // Delivered only if the frame still shows an extension page: never to a document the page put there.
      frame.contentWindow?.postMessage(message, extensionOrigin);
    },
    isLive: (token) => live !== null && token === live,
  };
}
