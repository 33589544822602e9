/**
 * The sidebar's view of its tab: which tab it is in, the screen the tab shows, which observations the
 * in-page script anchored or orphaned there, and which one the user last clicked in the page.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Hello } from './FrameGate';
import type { PageContext } from '@/lib/model/page-context';
import { getTabState, watchTabState, type TabState } from '@/lib/background/tab-state';

export interface TabView {
  tabId: number | null;
  context: PageContext | null;
  anchors: TabState<'anchors'> | null;
  focus: TabState<'focus'> | null;
  flagRequest: TabState<'flag'> | null;
  /** Alt+O or Alt+P pressed in the record. */
  shortcut: TabState<'shortcut'> | null;
  problem: string | null;
}

/** `hello`: the background's answer to this frame's claim (components/sidebar/FrameGate.tsx). */
export function useTab(hello: Hello): TabView {
  const [view, setView] = useState<TabView>({
    tabId: hello.tabId,
    context: hello.context,
    anchors: null,
    focus: null,
    flagRequest: null,
    shortcut: null,
    problem: null,
  });
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    const patch = (change: Partial<TabView>) =>
      !signal.aborted && setView((current) => ({ ...current, ...change }));
    Promise.resolve(hello)
      .then(async ({ tabId }) => {
        if (tabId === null)
          return patch({ problem: 'Margin could not tell which tab this sidebar belongs to.' });
        watchTabState('context', tabId, (value) => patch({ context: value }), signal);
        watchTabState('anchors', tabId, (value) => patch({ anchors: value }), signal);
        watchTabState('focus', tabId, (value) => patch({ focus: value }), signal);
        watchTabState('flag', tabId, (value) => patch({ flagRequest: value }), signal);
        watchTabState('shortcut', tabId, (value) => patch({ shortcut: value }), signal);
        // A tab opened from the dashboard arrives with the observation to focus already set.
        patch({ anchors: await getTabState('anchors', tabId), focus: await getTabState('focus', tabId) });
      })
      .catch((error: unknown) => patch({ problem: error instanceof Error ? error.message : String(error) }));
    return () => controller.abort();
  }, [hello]);
  return view;
}
