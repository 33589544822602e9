/**
 * Shows the sidebar only in the frame Margin mounted: tries each frame token the frame received with
 * the background (`sidebar/hello`), and renders the sidebar once one is accepted. A copy of the page
 * framed by anyone else (or opened on its own) never gets a live token: after a short wait it shows a
 * one-line refusal, and no data or control at all.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import { setFrameToken } from '@/lib/page-bridge/client';
import type { TokenInbox } from '@/lib/page-bridge/receive-frame-token';
import type { Responses } from '@/lib/messaging/protocol';

/** How long a frame waits for a live token before it says it is not Margin's. */
const WAIT_MS = 4000;

export type Hello = Responses['sidebar/hello'];

type GateState = { kind: 'waiting' } | { kind: 'claimed'; hello: Hello } | { kind: 'refused' };

export function FrameGate({
  inbox,
  children,
}: {
  inbox: TokenInbox;
  children: (hello: Hello) => ComponentChildren;
}) {
  const [state, setState] = useState<GateState>({ kind: 'waiting' });
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    let claimed = false;
    // One claim at a time, in the order the tokens came.
    let queue = Promise.resolve();
    inbox.each((token) => {
      queue = queue.then(async () => {
        if (claimed || signal.aborted) return;
        const hello = await request({ type: 'sidebar/hello', token }).catch(() => null);
        if (!hello || claimed || signal.aborted) return;
        claimed = true;
        setFrameToken(token);
        setState({ kind: 'claimed', hello });
      });
    }, signal);
    const timer = setTimeout(() => !claimed && setState({ kind: 'refused' }), WAIT_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [inbox]);

  if (state.kind === 'claimed') return <>{children(state.hello)}</>;
  if (state.kind === 'refused')
    return (
      <p role="alert" class="frame-refused">
        This sidebar was not opened by Margin on this page, so it shows nothing.
      </p>
    );
  return null;
}
