/**
 * Pick mode from the sidebar: starts it in the tab's page, steps through the record by keyboard
 * (the page outlines each candidate), and ends with the picked target or nothing.
 */
import { useState } from 'preact/hooks';
import { toPage } from '@/lib/page-bridge/client';
import type { BridgeResponses } from '@/lib/page-bridge/protocol';

export type Picked = BridgeResponses['anchors/pick'];
export type PickPosition = BridgeResponses['anchors/pick-step'];

export interface PickView {
  picking: boolean;
  /** The candidate under the keyboard, once a key has moved it. */
  position: PickPosition | null;
  /** Pick mode until the person chooses (the target) or cancels (null). */
  start(): Promise<Picked | null>;
  step(step: 'next' | 'previous' | 'choose'): void;
  cancel(): void;
}

export function usePick(tabId: number | null): PickView {
  const [picking, setPicking] = useState(false);
  const [position, setPosition] = useState<PickPosition | null>(null);
  return {
    picking,
    position,
    async start() {
      if (tabId === null) return null;
      setPicking(true);
      setPosition(null);
      try {
        const picked = await toPage(tabId, { type: 'anchors/pick' });
        return picked.target ? picked : null;
      } finally {
        setPicking(false);
        setPosition(null);
      }
    },
    step(step) {
      if (tabId === null) return;
      void toPage(tabId, { type: 'anchors/pick-step', step })
        .then((now) => step !== 'choose' && setPosition(now))
        .catch(() => undefined);
    },
    cancel() {
      if (tabId !== null) void toPage(tabId, { type: 'anchors/pick-cancel' }).catch(() => undefined);
    },
  };
}
