/**
 * Margin's in-page code, imported by the content script (public/margin-loader.js) once the case
 * system's page has loaded, so that parsing and running it never delays the page's own load.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runInPage } from '@/lib/page/run-in-page';

const RUNNING = Symbol.for('margin.page.running');

export default defineUnlistedScript(() => {
  // This world's global object: a second import in the same page does nothing.
  const world = globalThis as { [RUNNING]?: boolean };
  if (world[RUNNING]) return;
  world[RUNNING] = true;
  runInPage(new AbortController().signal);
});
