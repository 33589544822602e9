// Audit rounds at council scale. (1) Drawing a sample of 500 from 10,000 candidates with every rule on
// (stratified by team, at most 2 per case holder, spread across case holders, cases audited in the last
// 12 months left out of a history of 2,000), in Node with Margin's own `drawSample`, against a plain
// Fisher–Yates shuffle and slice of the same list measured in the same run. (2) The round view: a round
// of 500 assigned cases, 20 auditors, 500 audits naming it and 20,000 observations written into
// Margin's database; the rounds page is loaded on the round and timed from navigation start until its
// first paint (the plan, the steps and the progress, the table of cases showing its first page) and until
// the whole view is in (every section), against a floor measured in the same run: the same page started
// on a round that does not exist, plus reading what the view reads with raw IndexedDB.
import { importNodeBundle } from './lib/bundle.mjs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchMargin } from '../scripts/lib/launch-margin.mjs';
import { round, summarize } from './lib/stats.mjs';

const CANDIDATES = 10_000;
const SAMPLE = 500;
const AUDITORS = 20;
const OBSERVATIONS = 20_000;
const TEAMS = Array.from({ length: 20 }, (_, i) => `Team ${i + 1}`);

/** Margin's pure round code, bundled for Node. */
async function roundsCore(folder) {
  return importNodeBundle(folder, 'rounds-core.mjs', [
    "export { drawSample } from './lib/rounds/sample';",
    "export { assignCases } from './lib/rounds/assign';",
    "export { SampleSpecSchema, caseKey, refKey } from './lib/model/round';",
  ]);
}

const candidates = () =>
  Array.from({ length: CANDIDATES }, (_, i) => ({
    caseId: `P${200000 + i}`,
    team: TEAMS[i % TEAMS.length],
    caseHolder: `W${(i * 7) % 400}`,
    ageBand: ['0-4', '5-10', '11-15', '16+'][i % 4],
    attributes: {},
  }));

/** The baseline: a plain Fisher–Yates shuffle of a copy, then the first `n`. */
function shuffleAndSlice(list, n) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

function timeSample(core, list, history, repeats, log) {
  const spec = (seed) =>
    core.SampleSpecSchema.parse({
      size: { kind: 'count', count: SAMPLE },
      seed,
      stratifyBy: 'team',
      maxPerCaseHolder: 2,
      spreadAcrossCaseHolders: true,
      excludeAuditedWithinMonths: 12,
    });
  const margin = [];
  const baseline = [];
  for (let i = -2; i < repeats; i++) {
    const order = i % 2 === 0 ? ['margin', 'baseline'] : ['baseline', 'margin'];
    const times = {};
    for (const which of order) {
      const t0 = performance.now();
      const out =
        which === 'margin'
          ? core.drawSample(list, spec(`BENCH-${i}`), { history, today: '2026-12-01' })
          : shuffleAndSlice(list, SAMPLE);
      times[which] = performance.now() - t0;
      if (which === 'margin' && (!out.ok || out.sample.drawn.length !== SAMPLE))
        throw new Error(`the draw did not give ${SAMPLE} cases: ${out.error ?? out.sample.notes}`);
    }
    if (i < 0) continue; // warm-up
    margin.push(times.margin);
    baseline.push(times.baseline);
    log(`rounds: sample ${round(times.margin, 1)} ms (shuffle and slice ${round(times.baseline, 2)} ms)`);
  }
  return { margin, baseline };
}

/** The round, its plan, rows, audits and observations, as Margin stores them. */
function roundData(core, list, history) {
  const roundId = crypto.randomUUID();
  const spec = core.SampleSpecSchema.parse({
    size: { kind: 'count', count: SAMPLE },
    seed: 'VIEW',
    stratifyBy: 'team',
  });
  const drawn = core.drawSample(list, spec, { history, today: '2026-12-01' });
  if (!drawn.ok) throw new Error(drawn.error);
  const auditors = Array.from({ length: AUDITORS }, (_, i) => ({
    id: `A${i + 1}`,
    name: `Auditor ${i + 1}`,
    team: `Audit team ${i % 4}`,
    role: 'team-manager',
    capacity: 30,
  }));
  const assigned = core.assignCases(drawn.sample.drawn, auditors, [], {
    roundId,
    dueOn: '2026-12-20',
    mode: 'desk',
  });
  if (!assigned.ok || assigned.assignments.length !== SAMPLE)
    throw new Error('assignment did not assign every case');
  const at = '2026-11-20T10:00:00.000Z';
  const audits = assigned.assignments.map((a, i) => ({
    id: crypto.randomUUID(),
    templateId: 'learning-case-file-audit',
    templateVersion: 1,
    caseRef: { personId: a.caseId },
    auditor: auditors.find((x) => x.id === a.auditorId).name,
    status: i % 5 === 0 ? 'in-progress' : 'finished',
    sections: {},
    startedAt: at,
    updatedAt: at,
    ...(i % 5 === 0 ? {} : { finishedAt: at, overallGrade: 'good' }),
    roundId,
    assignmentId: a.id,
  }));
  return {
    round: {
      id: roundId,
      name: 'Bench round',
      theme: 'Voice of the child',
      purpose: '',
      templateId: 'learning-case-file-audit',
      opensOn: '2026-11-01',
      closesOn: '2026-12-20',
      status: 'open',
      owner: 'QA lead',
    },
    plan: {
      roundId,
      list: { source: 'pasted list', count: list.length, columns: {}, attributes: [], importedAt: at },
      sample: { spec, drawnOn: '2026-11-01', result: drawn.sample },
    },
    candidates: list.map((candidate, row) => ({
      roundId,
      key: core.caseKey(candidate.caseId),
      row,
      candidate,
    })),
    auditors: auditors.map((auditor, row) => ({ roundId, key: core.refKey(auditor.id), row, auditor })),
    assignments: assigned.assignments,
    audits,
  };
}

/** Writes the round and `observations` observations (spread over its audits) straight into the stores. */
function seed({ data, observations }) {
  const put = (db, store, rows) =>
    new Promise((done, fail) => {
      const tx = db.transaction(store, 'readwrite');
      for (const row of rows) tx.objectStore(store).put(row);
      tx.oncomplete = done;
      tx.onerror = () => fail(tx.error);
    });
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('margin');
    open.onerror = () => reject(open.error);
    open.onsuccess = async () => {
      const db = open.result;
      await put(db, 'rounds', [data.round]);
      await put(db, 'roundPlans', [data.plan]);
      await put(db, 'roundCandidates', data.candidates);
      await put(db, 'roundAuditors', data.auditors);
      await put(db, 'roundAssignments', data.assignments);
      await put(db, 'audits', data.audits);
      const kinds = ['strength', 'concern', 'question', 'evidence'];
      for (let start = 0; start < observations; start += 5000) {
        const rows = [];
        for (let i = start; i < Math.min(observations, start + 5000); i++) {
          const audit = data.audits[i % data.audits.length];
          const personId = audit.caseRef.personId;
          const page = {
            origin: 'http://127.0.0.1:4173',
            path: `/person/${personId}/casenotes`,
            adapter: 'demo',
            personId,
            formName: 'Case notes',
          };
          const at = new Date(Date.UTC(2026, 10, 1 + (i % 28))).toISOString();
          rows.push({
            id: crypto.randomUUID(),
            auditId: audit.id,
            kind: kinds[i % 4],
            comment: `Observation ${i} on the child's voice in the plan`,
            evidenceSource: 'case-record',
            factors: [{ factor: 'judgement' }],
            target: { page, selectors: [] },
            pageKey: `${page.origin} person:${personId} form:Case notes`,
            author: audit.auditor,
            createdAt: at,
            updatedAt: at,
          });
        }
        await put(db, 'observations', rows);
      }
      db.close();
      resolve(undefined);
    };
  });
}

/** Rows the progress table shows before "Show all" (components/rounds/ShowAll.tsx). */
const FIRST_ROWS = 100;

/**
 * Watches, from the document's start, for the view's first paint (the progress table's first page:
 * its last row) and for the whole view (every section filled in: the drawn cases' last row, the
 * assignments' first page, moderation), or for a missing round's message; records when each first
 * appears (checked every animation frame: a Playwright locator polling a page of this size would itself
 * slow the page it measures).
 */
function watchProgress({ rows, drawn, assigned }) {
  const seen = (selector) => document.querySelector(selector) !== null;
  const check = () => {
    const now = performance.now();
    if (
      window.__roundRendered === undefined &&
      seen(`#progress table:last-of-type tbody tr:nth-child(${rows})`)
    )
      window.__roundRendered = now;
    if (
      window.__roundComplete === undefined &&
      seen(`#drawn-cases tbody tr:nth-child(${drawn})`) &&
      seen(`#assignments-table tbody tr:nth-child(${assigned})`) &&
      seen('#moderation-heading')
    )
      window.__roundComplete = now;
    if (
      window.__roundMissing === undefined &&
      document.body?.textContent?.includes('That round no longer exists')
    )
      window.__roundMissing = now;
    const done = window.__roundMissing !== undefined || (window.__roundComplete && window.__roundRendered);
    if (!done) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Loads `url` from about:blank and waits for `mark` (set by watchProgress); its time from navigation start. */
async function loadUntil(page, url, mark) {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction((name) => window[name] !== undefined, mark, { timeout: 60_000, polling: 250 });
  return page.evaluate((name) => window[name], mark);
}

/** First paint (progress table's first page) and the whole view, from one load. */
async function viewRender(page, url) {
  const first = await loadUntil(page, url, '__roundComplete');
  return { first: await page.evaluate(() => window.__roundRendered), complete: first };
}

/**
 * The floor, part 1: the rounds page started on a round that does not exist (its script loaded and
 * run, the database opened, one read, one message drawn): what any view of a round pays before its data.
 */
const boot = (page, base) => loadUntil(page, `${base}#round=no-such-round`, '__roundMissing');

/** The floor, part 2: reading what the view reads (the round's rows, its audits by index) with raw IndexedDB. */
function rawRead(roundId) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const open = indexedDB.open('margin');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const stores = ['rounds', 'roundPlans', 'roundAuditors', 'roundAssignments', 'audits', 'templates'];
      const tx = db.transaction(stores);
      const results = [
        tx.objectStore('rounds').get(roundId),
        tx.objectStore('roundPlans').get(roundId),
        tx.objectStore('roundAuditors').index('roundId').getAll(roundId),
        tx.objectStore('roundAssignments').index('roundId').getAll(roundId),
        tx.objectStore('audits').index('roundId').getAll(roundId),
        tx.objectStore('templates').getAll(),
      ];
      tx.oncomplete = () => {
        // Reading each result deserialises it, as the view must.
        if (results.some((request) => request.result === undefined))
          reject(new Error('a read came back empty'));
        db.close();
        resolve(performance.now() - t0);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

export async function runRounds({ log = console.log, repeats = 5 } = {}) {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'margin-bench-rounds-'));
  let margin;
  try {
    const core = await roundsCore(folder);
    const list = candidates();
    const history = Array.from({ length: 2_000 }, (_, i) => ({
      caseId: list[i * 5].caseId,
      auditedOn: `2026-0${1 + (i % 9)}-15`,
    }));
    const sample = timeSample(core, list, history, repeats * 3, log);

    margin = await launchMargin(path.join(folder, 'profile'));
    const base = `chrome-extension://${margin.extensionId}/rounds.html`;
    const page = await margin.context.newPage();
    await page.addInitScript(watchProgress, {
      rows: Math.min(SAMPLE, FIRST_ROWS),
      drawn: SAMPLE,
      assigned: Math.min(SAMPLE, FIRST_ROWS),
    });
    await page.goto(base);
    await page.getByRole('heading', { name: 'Margin audit rounds' }).waitFor();
    const data = roundData(core, list, history);
    await page.evaluate(seed, { data, observations: OBSERVATIONS });
    const url = `${base}#round=${data.round.id}`;
    await viewRender(page, url); // warm-up
    await boot(page, base);
    const render = [];
    const complete = [];
    const booted = [];
    const raw = [];
    const floor = [];
    for (let i = 0; i < repeats; i++) {
      // Alternated, so a slow spell of the shared machine falls on both sides.
      const viewFirst = i % 2 === 0;
      if (viewFirst) {
        const view = await viewRender(page, url);
        render.push(view.first);
        complete.push(view.complete);
      }
      booted.push(await boot(page, base));
      raw.push(await page.evaluate(rawRead, data.round.id));
      floor.push(booted[i] + raw[i]);
      if (!viewFirst) {
        const view = await viewRender(page, url);
        render.push(view.first);
        complete.push(view.complete);
      }
      log(
        `rounds: view first paint ${round(render[i], 0)} ms, whole view ${round(complete[i], 0)} ms ` +
          `(floor ${round(floor[i], 0)} ms: page start ${round(booted[i], 0)} + raw read ${round(raw[i], 0)})`,
      );
    }
    const sampleMs = summarize(sample.margin);
    const baselineMs = summarize(sample.baseline);
    const viewRenderMs = summarize(render);
    const viewFloorMs = summarize(floor);
    const rawReadMs = summarize(raw);
    return {
      candidates: CANDIDATES,
      sampleSize: SAMPLE,
      sampleMs,
      sampleBaselineMs: baselineMs,
      sampleToBaselineRatio: round(sampleMs.median / baselineMs.median, 1),
      sampleTargetMs: 200,
      sampleMet: sampleMs.median < 200,
      assignments: SAMPLE,
      audits: SAMPLE,
      observations: OBSERVATIONS,
      viewRenderMs,
      viewCompleteMs: summarize(complete),
      viewRawReadMs: rawReadMs,
      viewToRawRatio: round(viewRenderMs.median / rawReadMs.median, 2),
      viewStartMs: summarize(booted),
      viewFloorMs,
      viewToFloorRatio: round(viewRenderMs.median / viewFloorMs.median, 2),
      viewFirstRows: Math.min(SAMPLE, FIRST_ROWS),
      viewTargetMs: 300,
      viewMet: viewRenderMs.median < 300,
      egress: [...margin.egress],
    };
  } finally {
    await margin?.context.close();
    await rm(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runRounds(), null, 2));
}
