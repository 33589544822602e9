// Session recorders run in the page as peers for the interaction benchmark: rrweb (its UMD build,
// `rrweb.record` with an emit that only counts) and Microsoft Clarity (clarity-js's tag build started
// with an upload callback, so it hands its payloads to the page instead of sending them anywhere).
// Both are injected with page.addScriptTag({ path }), so the demo runs without its CSP for every
// configuration of that benchmark.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
export const RRWEB_UMD = path.join(path.dirname(require.resolve('rrweb')), 'rrweb.umd.min.cjs');
export const CLARITY_TAG = require.resolve('clarity-js/build/clarity.min.js');

export async function startRrweb(page) {
  await page.addScriptTag({ path: RRWEB_UMD });
  await page.evaluate(() => {
    window.__benchEmitted = 0;
    window.__benchStop = window.rrweb.record({
      emit() {
        window.__benchEmitted++;
      },
    });
  });
}

export async function startClarity(page) {
  await page.addScriptTag({ path: CLARITY_TAG });
  await page.evaluate(() => {
    window.__benchEmitted = 0;
    window.clarity('start', {
      projectId: 'margin-bench',
      track: false,
      upload: () => {
        window.__benchEmitted++;
      },
    });
  });
}

/** How many payloads the recorder in the page has emitted (proof that it was recording). */
export function emitted(page) {
  return page.evaluate(() => window.__benchEmitted ?? 0);
}
