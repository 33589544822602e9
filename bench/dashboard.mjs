// Dashboard at council scale: 100,000 observations seeded into Margin's database, then the time to the
// first render of the table and the time a filter or a search takes, against reading the same records
// from raw IndexedDB in the same page (the floor any dashboard pays). Median and spread over repeats.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchMargin } from '../scripts/lib/launch-margin.mjs';
import { round, summarize } from './lib/stats.mjs';

const COUNT = 100_000;

/** Writes `count` valid observations straight into the `observations` store, in chunks. */
function seed(count) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('margin');
    open.onerror = () => reject(open.error);
    open.onsuccess = async () => {
      const db = open.result;
      const kinds = ['strength', 'concern', 'question', 'evidence'];
      const factors = ['human-tool', 'human-management', 'family-professional', 'judgement'];
      for (let start = 0; start < count; start += 5000) {
        await new Promise((done, fail) => {
          const tx = db.transaction('observations', 'readwrite');
          const store = tx.objectStore('observations');
          for (let i = start; i < Math.min(count, start + 5000); i++) {
            const at = new Date(Date.UTC(2026, i % 12, 1 + (i % 28))).toISOString();
            const page = {
              origin: 'http://127.0.0.1:4173',
              path: `/person/P${100000 + (i % 900)}/casenotes`,
              adapter: 'demo',
              personId: `P${100000 + (i % 900)}`,
              formName: 'Case notes',
            };
            store.put({
              id: crypto.randomUUID(),
              auditId: null,
              kind: kinds[i % 4],
              comment: `Observation number ${i} about the plan and the child's voice`,
              evidenceSource: 'case-record',
              factors: [{ factor: factors[i % 4] }],
              target: { page, selectors: [] },
              pageKey: `${page.origin} person:${page.personId} form:Case notes`,
              author: `Auditor ${i % 15}`,
              createdAt: at,
              updatedAt: at,
            });
          }
          tx.oncomplete = done;
          tx.onerror = () => fail(tx.error);
        });
      }
      // Written behind Margin's back: drop its counts kept on write, so it rebuilds them on next load.
      await new Promise((done, fail) => {
        const tx = db.transaction('summaries', 'readwrite');
        tx.objectStore('summaries').clear();
        tx.oncomplete = done;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
      resolve(undefined);
    };
  });
}

/**
 * Time from navigation start until the table's count shows all records and its first row is drawn
 * (first render), and until every record is in memory so filters apply (the count no longer busy).
 */
async function firstRender(page, url) {
  await page.goto(url);
  const status = page.getByRole('status').filter({ hasText: /^100000 observations$/ });
  await status.waitFor({ timeout: 120_000 });
  await page
    .getByRole('table', { name: 'Observations' })
    .locator('[role=row][aria-rowindex="2"] [role=cell]')
    .filter({ hasText: /^Observation number/ })
    .waitFor({ timeout: 120_000 });
  const first = await page.evaluate(() => performance.now());
  await page
    .locator('[role=status][aria-busy=false]')
    .filter({ hasText: /observations$/ })
    .waitFor({ timeout: 120_000 });
  const full = await page.evaluate(() => performance.now());
  return { first, full };
}

/** Milliseconds from changing a filter control until the count changes. */
function timeFilter(page, selector, value) {
  return page.evaluate(
    ([selector, value]) =>
      new Promise((resolve) => {
        const status = [...document.querySelectorAll('[role=status]')].find((el) =>
          /observations$/.test(el.textContent ?? ''),
        );
        const before = status.textContent;
        const control = document.querySelector(selector);
        const t0 = performance.now();
        new MutationObserver((_, observer) => {
          if (status.textContent !== before) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        }).observe(status, { childList: true, characterData: true, subtree: true });
        control.value = value;
        control.dispatchEvent(
          new Event(control.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }),
        );
      }),
    [selector, value],
  );
}

/** Reading every record with raw IndexedDB in the same page: the floor. */
function rawRead() {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const open = indexedDB.open('margin');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('observations').objectStore('observations').getAll();
      all.onsuccess = () => {
        open.result.close();
        resolve(performance.now() - t0);
      };
    };
  });
}

export async function runDashboard({ log = console.log, repeats = 3 } = {}) {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'margin-bench-dashboard-'));
  const margin = await launchMargin(profile);
  try {
    const url = `chrome-extension://${margin.extensionId}/dashboard.html`;
    const page = await margin.context.newPage();
    await page.goto(url);
    await page.getByRole('heading', { name: 'All notes' }).waitFor();
    await page.evaluate(seed, COUNT);
    // One untimed load rebuilds the counts the seed bypassed (as an upgrade to version 10 would).
    const warm = await firstRender(page, url);
    log(`dashboard: warm-up load (rebuilds the counts) ${round(warm.first, 0)} ms`);
    const render = [];
    const full = [];
    const raw = [];
    const search = [];
    const kind = [];
    for (let i = 0; i < repeats; i++) {
      const times = await firstRender(page, url);
      render.push(times.first);
      full.push(times.full);
      raw.push(await page.evaluate(rawRead));
      search.push(await timeFilter(page, '#filter-text', `number ${1234 + i}`));
      await timeFilter(page, '#filter-text', '');
      kind.push(await timeFilter(page, '#filter-kind', 'concern'));
      log(
        `dashboard: first render ${round(render[i], 0)} ms, all in memory ${round(full[i], 0)} ms (raw read ${round(raw[i], 0)} ms), search ${round(search[i], 0)} ms, kind filter ${round(kind[i], 0)} ms`,
      );
    }
    const result = {
      observations: COUNT,
      firstRenderMs: summarize(render),
      rawReadMs: summarize(raw),
      renderToRawRatio: round(summarize(render).median / summarize(raw).median, 2),
      allReadMs: summarize(full),
      searchMs: summarize(search),
      kindFilterMs: summarize(kind),
      egress: [...margin.egress],
    };
    return result;
  } finally {
    await margin.context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runDashboard(), null, 2));
}
