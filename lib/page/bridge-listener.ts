/**
 * The in-page end of the page bridge: answers the sidebar's requests (anchor these observations,
 * describe the selection or the field last in use, pick an element by pointer or keyboard, reveal one) and ignores everyone else, including other
 * extensions, anything the host page could send, and any sidebar document but the one Margin mounted.
 */
import { browser } from 'wxt/browser';
import { BRIDGE_TYPES, type BridgeMessage, type BridgeResponses } from '../page-bridge/protocol';
import type { PageContext } from '../model/page-context';
import type { Adapter } from '../model/adapter';
import type { AnchorController } from './anchor-controller';
import type { FrictionMark } from '../page-bridge/protocol';
import { loadChunk } from './chunks';
import type { PickSession } from './picker';

export interface BridgeDeps {
  doc: Document;
  root(): Element;
  /** Navigation chrome: never picked or quoted. */
  isChrome(element: Element): boolean;
  readContext(): PageContext;
  /** Gives the keyboard to the sidebar (after a pick, the person writes about it there). */
  focusSidebar(): void;
  /** The record's field the person was last in (lib/page/last-field.ts). */
  lastField(): Element | null;
  /** The site's adapters, for the adapter editor's live test. */
  adapters: readonly Adapter[];
  anchors: AnchorController;
  /** Shows friction marks on the page (the layer is created on first use); resolves to how many. */
  showFriction(marks: FrictionMark[]): Promise<number>;
  /** Whether a sidebar's request carries the live frame token (lib/page/frame-tokens.ts). */
  isLiveToken(token: unknown): boolean;
  signal: AbortSignal;
}

export function listenToSidebar(deps: BridgeDeps): void {
  const { doc, root, isChrome, readContext, anchors, showFriction, signal } = deps;
  const extensionBase = browser.runtime.getURL('/');
  let picking: PickSession | null = null;
  let picks = 0;

  async function handle(message: BridgeMessage): Promise<BridgeResponses[BridgeMessage['type']]> {
    switch (message.type) {
      case 'anchors/set':
        return anchors.set(String(message.pageKey), Array.isArray(message.items) ? message.items : []);
      case 'anchors/describe-selection': {
        const { describePicked, describeSelection } = await loadChunk('anchoring');
        const field = deps.lastField();
        return {
          target: describeSelection(doc, root(), isChrome),
          field: field ? describePicked(root(), field) : null,
          context: readContext(),
        };
      }
      case 'anchors/pick': {
        picking?.cancel();
        picking = null;
        const mine = ++picks;
        const [{ startPicking }, { describePicked }] = await Promise.all([
          loadChunk('picker'),
          loadChunk('anchoring'),
        ]);
        // Another pick started while the code loaded: that one is the person's.
        if (mine !== picks) return { target: null, context: readContext() };
        const session = startPicking(doc, { isChrome, root, startAt: deps.lastField });
        picking = session;
        const element = await session.result;
        if (picking === session) picking = null;
        if (element) deps.focusSidebar();
        return { target: element ? describePicked(root(), element) : null, context: readContext() };
      }
      case 'anchors/pick-cancel': {
        const cancelled = picking !== null;
        picking?.cancel();
        return { cancelled };
      }
      case 'anchors/pick-step':
        return picking && ['next', 'previous', 'choose'].includes(message.step)
          ? picking.step(message.step)
          : { label: null, position: 0, count: 0 };
      case 'anchors/scroll-to':
        return { found: anchors.reveal(String(message.id)) };
      case 'adapter/test': {
        const { diagnoseAdapter } = await loadChunk('anchoring');
        return { diagnosis: diagnoseAdapter(doc, location, message.adapter), current: readContext() };
      }
      case 'friction/layer':
        return { shown: await showFriction(Array.isArray(message.items) ? message.items : []) };
    }
  }

  const sidebarUrl = browser.runtime.getURL('/sidebar.html');
  const listener = (message: unknown, sender: { id?: string; url?: string }) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(extensionBase)) return undefined;
    const { type, frameToken } = (message ?? {}) as { type?: unknown; frameToken?: unknown };
    if (typeof type !== 'string' || !BRIDGE_TYPES.has(type)) return undefined;
    // A sidebar document is answered only if it is the frame Margin mounted here (it holds the token).
    const fromSidebar = sender.url.split(/[?#]/)[0] === sidebarUrl;
    if (fromSidebar && !deps.isLiveToken(frameToken)) return undefined;
    return handle(message as BridgeMessage);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      browser.runtime.onMessage.removeListener(listener);
      picking?.cancel();
    },
    { once: true },
  );
}
