/**
 * The in-page script: asks the background whether Margin is on for this site (policy, the user's own
 * switch) and with which adapters, then runs Margin in the page (lib/page/run-margin.ts). Restarts when
 * those settings change, and stops at once when the site is switched off. Runs inside slow case
 * systems, so it stays small: no Zod, no Preact.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { DEMO_SITES } from '@/lib/sites/build-sites';
import { request } from '@/lib/messaging/client';
import { runMargin } from '@/lib/page/run-margin';

const CONFIG_KEYS = ['disabledSites', 'userAdapters', 'frictionThresholds'];

export default defineContentScript({
  // The build replaces these with the sites it is configured for (wxt.config.ts).
  matches: [...DEMO_SITES],
  runAt: 'document_idle',
  main(ctx) {
    if (window.top !== window) return;
    let running: AbortController | null = null;

    const start = async () => {
      const config = await request({ type: 'page/config' }).catch((error: unknown) => {
        console.warn('Margin could not load its settings for this site:', error);
        return null;
      });
      running?.abort();
      running = null;
      if (!config?.enabled || ctx.signal.aborted) return;
      running = new AbortController();
      void runMargin(config, running.signal);
    };
    ctx.signal.addEventListener('abort', () => running?.abort(), { once: true });
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && CONFIG_KEYS.some((key) => key in changes)) void start();
      if (area === 'managed') void start();
    };
    browser.storage.onChanged.addListener(onChanged);
    ctx.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), {
      once: true,
    });
    void start();
  },
});
