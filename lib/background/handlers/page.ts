/** Handlers for what the in-page script reports about its tab, and the sidebar's greeting. */
import type { Handlers } from '../../messaging/router';
import { getTabState, setTabState } from '../tab-state';

function tabOf(sender: { tabId: number | null }): number {
  if (sender.tabId === null) throw new Error('the reporting page has no tab.');
  return sender.tabId;
}

export const pageHandlers: Pick<Handlers, 'page/context' | 'page/anchors' | 'page/focus' | 'sidebar/hello'> =
  {
    async 'page/context'(message, sender) {
      await setTabState('context', tabOf(sender), message.context);
      return { stored: true };
    },
    async 'page/anchors'({ pageKey, anchored, orphaned }, sender) {
      await setTabState('anchors', tabOf(sender), { pageKey, anchored, orphaned });
      return { stored: true };
    },
    async 'page/focus'({ observationId }, sender) {
      await setTabState('focus', tabOf(sender), { observationId, at: Date.now() });
      return { stored: true };
    },
    async 'sidebar/hello'(_message, sender) {
      return {
        tabId: sender.tabId,
        context: sender.tabId === null ? null : await getTabState('context', sender.tabId),
      };
    },
  };
