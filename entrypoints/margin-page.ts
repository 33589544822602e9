/**
 * Margin's in-page code, imported by the content script (public/margin-loader.js) once the case
 * system's page has loaded, so that parsing and running it never delays the page's own load. Torn
 * down, leaving nothing in the page, when Margin's extension context goes away (update, disable).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runInPage } from '@/lib/page/run-in-page';
import { abortWhenOrphaned } from '@/lib/page/extension-context';

const RUNNING = Symbol.for('margin.page.running');

export default defineUnlistedScript(() => {
  // This world's global object: a second import in the same page does nothing while this one runs.
  const world = globalThis as { [RUNNING]?: boolean };
  if (world[RUNNING]) return;
  world[RUNNING] = true;
  const controller = new AbortController();
  controller.signal.addEventListener('abort', () => (world[RUNNING] = false), { once: true });
  abortWhenOrphaned(controller);
  runInPage(controller.signal);
});
