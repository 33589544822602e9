// Suggested findings at council scale (issue #17): 500 audits by 20 auditors and 20,000 observations
// (factors, sections, some citing friction flags), in Node with Margin's own `suggestFindings`, against
// a floor measured in the same run: one plain pass over the same observations counting each
// factor × section in a Map (no distinct cases or auditors, no evidence lists, no ranking).
// Run alone: node bench/suggestions.mjs
import { importNodeBundle } from './lib/bundle.mjs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rounded, summarize } from './lib/stats.mjs';

const AUDITS = 500;
const OBSERVATIONS = 20_000;
const AUDITORS = 20;
const TARGET_MS = 300;
const SECTIONS = [
  'chronology',
  'assessment',
  'voice-of-the-child',
  'planning',
  'oversight',
  'multi-agency',
  'impact',
];
const FACTORS = {
  'human-tool': ['assessment-forms', 'ict-systems'],
  'human-management': ['capacity', 'supervision', 'performance-indicators'],
  'multi-agency-crisis': ['knowing-each-other'],
  'multi-agency-longer-term': ['role-clarity', 'information-sharing'],
  'family-professional': ['child-voice', 'engagement'],
  judgement: ['fixed-views', 'not-revising'],
};
const CATEGORIES = ['duplicate-entry', 'timeout-lost-work', 'tick-box-structure', 'timescale-pressure'];

async function core(folder) {
  return importNodeBundle(folder, 'suggest-core.mjs', [
    "export { suggestFindings } from './lib/learning/suggest';",
  ]);
}

/** Deterministic rows: a small linear congruential generator, so every run counts the same data. */
export function rows() {
  let s = 42;
  const rnd = (n) => ((s = (s * 1103515245 + 12345) % 2147483648), s % n);
  const at = '2026-09-01T10:00:00.000Z';
  const page = { origin: 'http://127.0.0.1:4173', path: '/x', adapter: 'demo' };
  const audits = Array.from({ length: AUDITS }, (_, i) => ({
    id: `a${i}`,
    caseRef: { personId: `P${100000 + i}` },
    auditor: `Auditor ${i % AUDITORS}`,
    sections: {},
    status: 'finished',
    startedAt: at,
    updatedAt: at,
  }));
  const flags = Array.from({ length: 2_000 }, (_, i) => ({
    id: `f${i}`,
    category: CATEGORIES[i % CATEGORIES.length],
    severity: 'low',
    target: { page, selectors: [] },
    createdAt: at,
  }));
  const ids = Object.keys(FACTORS);
  const observations = Array.from({ length: OBSERVATIONS }, (_, i) => {
    const factor = ids[rnd(ids.length)];
    const subs = FACTORS[factor];
    return {
      id: `o${i}`,
      auditId: `a${rnd(AUDITS)}`,
      sectionId: SECTIONS[rnd(SECTIONS.length)],
      kind: rnd(2) ? 'concern' : 'strength',
      factors: [{ factor, subItem: subs[rnd(subs.length)] }],
      target: { page, selectors: [] },
      ...(rnd(10) === 0
        ? { evidence: [{ kind: 'friction-flag', ref: `f${rnd(flags.length)}`, summary: '' }] }
        : {}),
    };
  });
  return { audits, observations, flags, conversations: [], teams: new Map() };
}

/** The floor: one pass over the observations, a Map count per factor × section. */
function plainPass(data) {
  const counts = new Map();
  for (const o of data.observations)
    for (const tag of o.factors) {
      const key = `${tag.factor}|${o.sectionId}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  return counts.size;
}

export async function runSuggestions({ log = console.log, repeats = 9 } = {}) {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'margin-bench-suggest-'));
  try {
    const { suggestFindings } = await core(folder);
    const data = rows();
    const margin = [];
    const floor = [];
    let found = 0;
    for (let i = -2; i < repeats; i++) {
      const t0 = performance.now();
      found = suggestFindings(data).length;
      const t1 = performance.now();
      plainPass(data);
      const t2 = performance.now();
      if (i >= 0) {
        margin.push(t1 - t0);
        floor.push(t2 - t1);
      }
    }
    const ms = summarize(margin);
    const floorMs = summarize(floor);
    log(
      `suggestions: ${ms.median.toFixed(1)} ms (floor ${floorMs.median.toFixed(2)} ms), ${found} suggestions`,
    );
    return {
      audits: AUDITS,
      observations: OBSERVATIONS,
      suggestions: found,
      ms: rounded(ms),
      floorMs: rounded(floorMs),
      ratioToFloor: Math.round((ms.median / floorMs.median) * 10) / 10,
      targetMs: TARGET_MS,
      met: ms.median < TARGET_MS,
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  console.log(JSON.stringify(await runSuggestions(), null, 2));
