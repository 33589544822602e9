/**
 * The in-page script: mounts the sidebar frame and keeps the background told which screen this tab
 * shows. Runs inside slow case systems, so it stays small (no Zod, no Preact) and does no work
 * outside the sidebar's own elements and a debounced context check.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { DEMO_SITES } from '@/lib/sites/build-sites';
import { BUILTIN_ADAPTERS } from '@/lib/adapters/builtin';
import { readContext } from '@/lib/adapters/read-context';
import { request } from '@/lib/messaging/client';
import { watchContext } from '@/lib/page/watch-context';
import { mountSidebar } from '@/lib/sidebar-frame/mount';
import { loadPrefs, updatePrefs, watchPrefs } from '@/lib/sidebar-frame/prefs';

export default defineContentScript({
  // The build replaces these with the sites it is configured for (wxt.config.ts).
  matches: [...DEMO_SITES],
  runAt: 'document_idle',
  async main(ctx) {
    const { signal } = ctx;
    if (window.top !== window) return;

    watchContext(document, {
      read: () => readContext(document, location, BUILTIN_ADAPTERS),
      report: (context) => {
        request({ type: 'page/context', context }).catch((error: unknown) => {
          console.warn('Margin could not report this screen:', error);
        });
      },
      signal,
    });

    const prefs = await loadPrefs();
    if (signal.aborted) return;
    const sidebar = mountSidebar(document, {
      src: browser.runtime.getURL('/sidebar.html'),
      prefs,
      onChange: (change) => void updatePrefs(change),
      signal,
    });
    watchPrefs(sidebar.apply, signal);
  },
});
