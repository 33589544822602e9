/**
 * The frame token's shape as it travels from the in-page script to the sidebar frame it mounted:
 * `postMessage` to the extension's origin only, so the host page never sees it (lib/background/
 * frame-claims.ts explains why the token exists). Plain code: no Zod in the page.
 */

export const FRAME_TOKEN_MESSAGE = 'margin/frame-token';

export interface FrameTokenMessage {
  type: typeof FRAME_TOKEN_MESSAGE;
  token: string;
}

/** 128 random bits as 32 hex digits (`crypto.getRandomValues` works on plain-http intranet pages too). */
export function mintFrameToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

/** The token a message carries, when it has the frame-token shape; null otherwise. */
export function frameTokenOf(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, token } = data as Partial<FrameTokenMessage>;
  return type === FRAME_TOKEN_MESSAGE && typeof token === 'string' && /^[0-9a-f]{32}$/.test(token)
    ? token
    : null;
}
