// Audit rounds at council scale. (1) Drawing a sample of 500 from 10,000 candidates with every rule on
// (stratified by team, at most 2 per case holder, spread across case holders, cases audited in the last
// 12 months left out of a history of 2,000), in Node with Margin's own `drawSample`, against a plain
// Fisher–Yates shuffle and slice of the same list measured in the same run. (2) The round view: a round
// of 500 assigned cases, 20 auditors, 500 audits naming it and 20,000 observations written into
// Margin's database; the rounds page is loaded on the round and timed from navigation start until the
// progress table shows all 500 cases, against reading the same stores with raw IndexedDB in the page.
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchMargin } from '../scripts/lib/launch-margin.mjs';
import { round, summarize } from './lib/stats.mjs';

const CANDIDATES = 10_000;
const SAMPLE = 500;
const AUDITORS = 20;
const OBSERVATIONS = 20_000;
const TEAMS = Array.from({ length: 20 }, (_, i) => `Team ${i + 1}`);

/** Margin's pure round code, bundled for Node. */
async function roundsCore(folder) {
  const result = await build({
    stdin: {
      contents: [
        "export { drawSample } from './lib/rounds/sample';",
        "export { assignCases } from './lib/rounds/assign';",
        "export { SampleSpecSchema, caseKey, refKey } from './lib/model/round';",
      ].join('\n'),
      resolveDir: path.resolve('.'),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const file = path.join(folder, 'rounds-core.mjs');
  await writeFile(file, result.outputFiles[0].text);
  return import(pathToFileURL(file).href);
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

/**
 * Watches, from the document's start, for the progress table's last case row; records when it first
 * appears (checked every animation frame: a Playwright locator polling a 20,000-element page would itself
 * slow the page it measures).
 */
function watchProgress(rows) {
  const check = () => {
    if (document.querySelector(`#progress table:last-of-type tbody tr:nth-child(${rows})`))
      window.__roundRendered = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Time from navigation start until the progress table lists every assigned case. */
async function viewRender(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => window.__roundRendered !== undefined, null, {
    timeout: 60_000,
    polling: 250,
  });
  return page.evaluate(() => window.__roundRendered);
}

/** The floor: reading the stores the view reads (the round's rows and every audit) with raw IndexedDB. */
function rawRead(roundId) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const open = indexedDB.open('margin');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const stores = ['rounds', 'roundPlans', 'roundAuditors', 'roundAssignments', 'audits'];
      const tx = db.transaction(stores);
      tx.objectStore('rounds').get(roundId);
      tx.objectStore('roundPlans').get(roundId);
      tx.objectStore('roundAuditors').index('roundId').getAll(roundId);
      tx.objectStore('roundAssignments').index('roundId').getAll(roundId);
      tx.objectStore('audits').getAll();
      tx.oncomplete = () => {
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
    await page.addInitScript(watchProgress, SAMPLE);
    await page.goto(base);
    await page.getByRole('heading', { name: 'Margin audit rounds' }).waitFor();
    const data = roundData(core, list, history);
    await page.evaluate(seed, { data, observations: OBSERVATIONS });
    const url = `${base}#round=${data.round.id}`;
    await viewRender(page, url); // warm-up
    const render = [];
    const raw = [];
    for (let i = 0; i < repeats; i++) {
      render.push(await viewRender(page, url));
      raw.push(await page.evaluate(rawRead, data.round.id));
      log(`rounds: view render ${round(render[i], 0)} ms (raw read ${round(raw[i], 0)} ms)`);
    }
    const sampleMs = summarize(sample.margin);
    const baselineMs = summarize(sample.baseline);
    const viewRenderMs = summarize(render);
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
      viewRawReadMs: rawReadMs,
      viewToRawRatio: round(viewRenderMs.median / rawReadMs.median, 2),
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
