/**
 * The background service worker: routes messages (sender checked, then validated) to their handlers,
 * toggles the sidebar from the toolbar button and its keyboard command, and forgets a tab's context
 * when the tab closes. Wiring only; the logic lives in lib/.
 */
import '@/lib/model/zod-jitless';
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handlers } from '@/lib/background/handlers';
import { clearTabState, setTabState } from '@/lib/background/tab-state';
import { forgetFrame } from '@/lib/background/frame-claims';
import { adoptCountersOnStart } from '@/lib/background/adopt-counters';
import { syncOptionalSites } from '@/lib/background/optional-sites';
import { scheduleRetention } from '@/lib/background/retention-schedule';
import { scheduleSync } from '@/lib/background/sync-schedule';
import { createRouter } from '@/lib/messaging/router';
import { classifySender } from '@/lib/background/classify-sender';
import { announceChanges } from '@/lib/storage/changes';
import { DB_NAME } from '@/lib/storage/db';
import { loadPrefs, togglePrefs, updatePrefs } from '@/lib/sidebar-frame/prefs';

export default defineBackground({
  type: 'module',
  main() {
    announceChanges(DB_NAME);
    const route = createRouter(handlers);
    const baseUrl = browser.runtime.getURL('/');
    browser.runtime.onMessage.addListener((message, sender) =>
      classifySender(sender, baseUrl).then((classified) => route(message, classified)),
    );
    browser.action.onClicked.addListener(async () => {
      await updatePrefs(togglePrefs(await loadPrefs()));
    });
    browser.commands.onCommand.addListener(async (command, tab) => {
      if (command !== 'flag-friction' || tab?.id === undefined) return;
      await updatePrefs({ open: true, collapsed: false });
      await setTabState('flag', tab.id, { at: Date.now() });
    });
    scheduleRetention();
    scheduleSync();
    void adoptCountersOnStart();
    void syncOptionalSites();
    browser.permissions.onAdded.addListener(() => void syncOptionalSites());
    browser.permissions.onRemoved.addListener(() => void syncOptionalSites());
    browser.tabs.onRemoved.addListener((tabId) => {
      void clearTabState(tabId);
      void forgetFrame(tabId);
    });
  },
});
