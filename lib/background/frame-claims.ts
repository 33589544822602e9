/**
 * Which sidebar frame is Margin's own in each tab. The sidebar page is web-accessible on enabled
 * sites (it must be, to be framed there), so a page can load its own copy in an iframe and overlay or
 * disguise it. Margin's in-page script therefore mints a one-time token each time its frame loads,
 * registers it here (`page/frame`) and hands it to that frame alone (`postMessage` to the extension's
 * origin, which the page cannot read). The frame presenting the live token first claims it; from then
 * on only that frame (same tab, frame and document) is Margin's sidebar. Any other sidebar document,
 * framed by the page or opened on its own, is refused. Kept in `storage.session` so a service-worker
 * restart keeps the claim. Background only.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';

/** A sidebar document as the browser identifies its messages. */
export interface FrameIdentity {
  tabId: number;
  frameId: number;
  /** Chromium gives every document an id; Firefox does not, so the frame id stands alone there. */
  documentId: string | null;
}

const ClaimSchema = z.object({
  token: z.string(),
  claimedBy: z.object({ frameId: z.number(), documentId: z.string().nullable() }).nullable(),
});
type Claim = z.infer<typeof ClaimSchema>;

const keyOf = (tabId: number) => `frame:${tabId}`;

async function readClaim(tabId: number): Promise<Claim | null> {
  const key = keyOf(tabId);
  const parsed = ClaimSchema.safeParse((await browser.storage.session.get(key))[key]);
  return parsed.success ? parsed.data : null;
}

/** The in-page script's new token for its frame in `tabId`; any earlier token and claim of the tab end. */
export async function registerFrameToken(tabId: number, token: string): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: { token, claimedBy: null } satisfies Claim });
}

/**
 * Claims the tab's live token for `frame`. True when `token` is the live one and no other document
 * holds it (claiming again from the same document is allowed); false otherwise, and nothing changes.
 */
export async function claimFrame(frame: FrameIdentity, token: string): Promise<boolean> {
  const claim = await readClaim(frame.tabId);
  if (!claim || !sameToken(claim.token, token)) return false;
  if (claim.claimedBy) return holds(claim, frame);
  const claimedBy = { frameId: frame.frameId, documentId: frame.documentId };
  await browser.storage.session.set({ [keyOf(frame.tabId)]: { token: claim.token, claimedBy } });
  return true;
}

/** Whether `frame` is the document that claimed its tab's live token. */
export async function isClaimedFrame(frame: FrameIdentity): Promise<boolean> {
  const claim = await readClaim(frame.tabId);
  return claim !== null && holds(claim, frame);
}

/** Forgets a closed tab's token. */
export async function forgetFrame(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}

function holds(claim: Claim, frame: FrameIdentity): boolean {
  return (
    claim.claimedBy !== null &&
    claim.claimedBy.frameId === frame.frameId &&
    claim.claimedBy.documentId === frame.documentId
  );
}

/** Compares without stopping at the first difference. */
function sameToken(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
