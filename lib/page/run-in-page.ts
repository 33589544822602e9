/**
 * Margin in a page of an enabled site: asks the background whether Margin is on here (policy, the
 * user's own switch) and with which adapters, then runs it (run-margin.ts); restarts when those
 * settings change, and stops at once when the site is switched off or `signal` aborts.
 */
import { browser } from 'wxt/browser';
import { request } from '../messaging/client';
import { runMargin } from './run-margin';

const CONFIG_KEYS = ['disabledSites', 'userAdapters', 'frictionThresholds'];

export function runInPage(signal: AbortSignal): void {
  let running: AbortController | null = null;
  const start = async () => {
    const config = await request({ type: 'page/config' }).catch((error: unknown) => {
      console.warn('Margin could not load its settings for this site:', error);
      return null;
    });
    running?.abort();
    running = null;
    if (!config?.enabled || signal.aborted) return;
    running = new AbortController();
    void runMargin(config, running.signal);
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && CONFIG_KEYS.some((key) => key in changes)) void start();
    if (area === 'managed') void start();
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener(
    'abort',
    () => {
      running?.abort();
      browser.storage.onChanged.removeListener(onChanged);
    },
    { once: true },
  );
  void start();
}
