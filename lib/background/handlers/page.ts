/** Handlers for what the in-page script reports about its tab, and the sidebar's greeting. */
import type { Handlers } from '../../messaging/router';
import { browser } from 'wxt/browser';
import { getTabState, setTabState } from '../tab-state';
import { claimFrame, registerFrameToken } from '../frame-claims';
import { updatePrefs } from '../../sidebar-frame/prefs';
import { BUILTIN_ADAPTERS } from '../../adapters/builtin';
import { loadPolicy, policyAllowsOrigin } from '../../settings/policy';
import { disabledSites, userAdapters } from '../../settings/user-sites';
import { loadThresholds } from '../../settings/thresholds';
import { siteMatchesOrigin } from '../../sites/build-sites';

function tabOf(sender: { tabId: number | null }): number {
  if (sender.tabId === null) throw new Error('the reporting page has no tab.');
  return sender.tabId;
}

export const pageHandlers: Pick<
  Handlers,
  'page/context' | 'page/anchors' | 'page/focus' | 'page/frame' | 'page/shortcut' | 'sidebar/hello'
> = {
  async 'page/context'(message, sender) {
    await setTabState('context', tabOf(sender), message.context);
    // Plain to see: the toolbar button says where Margin is active.
    await browser.action.setBadgeText({ tabId: tabOf(sender), text: 'ON' });
    await browser.action.setBadgeBackgroundColor({ tabId: tabOf(sender), color: '#0b3d66' });
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
  async 'page/shortcut'({ action }, sender) {
    // The sidebar opens (expanded) to take the new observation or the pick.
    await updatePrefs({ open: true, collapsed: false });
    await setTabState('shortcut', tabOf(sender), { action, at: Date.now() });
    return { stored: true };
  },
  async 'page/frame'({ token }, sender) {
    await registerFrameToken(tabOf(sender), token);
    return { registered: true };
  },
  async 'sidebar/hello'({ token }, sender) {
    const tabId = tabOf(sender);
    const frame = { tabId, frameId: sender.frameId ?? -1, documentId: sender.documentId ?? null };
    if (sender.frameId === undefined || !(await claimFrame(frame, token))) throw new FrameRefusedError();
    return { tabId, context: await getTabState('context', tabId) };
  },
};

/** A sidebar document that does not hold its tab's live frame token. */
export class FrameRefusedError extends Error {
  constructor() {
    super('This sidebar was not opened by Margin on this page, so it shows nothing.');
    this.name = 'FrameRefusedError';
  }
}

/** The in-page script's configuration for the site it runs on. */
export const pageConfigHandler: Pick<Handlers, 'page/config'> = {
  async 'page/config'(_message, sender) {
    const origin = sender.url ? new URL(sender.url).origin : '';
    const [{ policy }, disabled, mine, thresholds] = await Promise.all([
      loadPolicy(),
      disabledSites(),
      userAdapters(),
      loadThresholds(),
    ]);
    const adapters = [...(policy.adapters ?? []), ...mine, ...BUILTIN_ADAPTERS];
    const captureAllowed = policy.allowPassiveCapture !== false;
    if (!policyAllowsOrigin(policy, origin)) {
      return {
        enabled: false,
        reason: 'Your organisation has not enabled Margin on this site.',
        adapters,
        captureAllowed,
        thresholds,
      };
    }
    if (disabled.some((site) => siteMatchesOrigin(site, origin)))
      return {
        enabled: false,
        reason: 'You switched Margin off on this site.',
        adapters,
        captureAllowed,
        thresholds,
      };
    return { enabled: true, adapters, captureAllowed, thresholds };
  },
};
