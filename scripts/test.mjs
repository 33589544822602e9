// `npm test`: the one check command. Installs what is missing, then runs typecheck, lint and format check
// (side by side: each mostly keeps one core busy and none writes); then the unit tests side by side with
// the Chromium and Firefox builds and Mozilla's linter on the Firefox build (Vitest keeps one worker on a
// 2-core machine, and the builds and the linter each keep one core busy, so they fit beside it); then the
// browser tests, which need the Chromium build. It stops at the first failure.
import { spawn } from 'node:child_process';
import { ensureChromium, ensureDependencies } from './lib/ensure.mjs';

ensureDependencies();
ensureChromium();

/**
 * A step: its name, command and arguments. A lane runs its steps one after another; a stage runs its
 * lanes side by side, and the stages run one after another.
 * @typedef {[string, string, string[]]} Step
 */

/** @type {Step[][][]} */
const stages = [
  [
    [['Typecheck', 'npx', ['tsc', '--noEmit']]],
    [['Lint', 'npx', ['eslint', '.']]],
    [['Format', 'npx', ['prettier', '--check', '.']]],
  ],
  [
    [['Unit tests', 'npx', ['vitest', 'run']]],
    [
      ['Build (Chromium)', 'npx', ['wxt', 'build']],
      ['Build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']],
      ['Lint (Firefox)', 'node', ['scripts/lint-firefox.mjs', '.output/firefox-mv3']],
    ],
  ],
  [[['Browser tests', 'npx', ['playwright', 'test']]]],
];

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/**
 * Runs a step, its output shown as it comes (`live`) or collected to print once it ends (lanes side by
 * side would interleave).
 * @param {Step} step
 * @param {boolean} live
 * @returns {Promise<{ status: number | null, output: string, took: string }>}
 */
function runStep([, command, args], live) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', live ? 'inherit' : 'pipe', live ? 'inherit' : 'pipe'],
    });
    /** @type {Buffer[]} */
    const chunks = [];
    child.stdout?.on('data', (chunk) => chunks.push(chunk));
    child.stderr?.on('data', (chunk) => chunks.push(chunk));
    child.on('error', (error) => resolve({ status: null, output: String(error), took: seconds(started) }));
    child.on('close', (status) =>
      resolve({ status, output: Buffer.concat(chunks).toString(), took: seconds(started) }),
    );
  });
}

/**
 * Runs a lane's steps one after another, stopping at its first failure.
 * @param {Step[]} lane
 * @param {boolean} live
 * @returns {Promise<{ step: Step, status: number | null, output: string, took: string }[]>}
 */
async function runLane(lane, live) {
  const results = [];
  for (const step of lane) {
    const result = { step, ...(await runStep(step, live)) };
    results.push(result);
    if (result.status !== 0) break;
  }
  return results;
}

const started = Date.now();
for (const stage of stages) {
  const stageStart = Date.now();
  const names = stage.map((lane) => lane.map(([name]) => name).join(' → '));
  console.log(`\n▶ ${names.join(' | ')}${stage.length > 1 ? ' (side by side)' : ''}`);
  // The first lane's output is shown live; the others' once the stage ends.
  const lanes = await Promise.all(stage.map((lane, index) => runLane(lane, index === 0)));
  // Every step's outcome is shown, then the run stops at the stage's first failure.
  let failed = 0;
  for (const { step, status, output, took } of lanes.flat()) {
    const [name, command, args] = step;
    if (output.trim()) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
    if (status !== 0) {
      console.error(`\n✗ ${name}: "${[command, ...args].join(' ')}" failed (exit ${status}).`);
      failed ||= status || 1;
      continue;
    }
    console.log(`✓ ${name} (${took})`);
  }
  if (failed) process.exit(failed);
  if (stage.length > 1) console.log(`(stage: ${seconds(stageStart)})`);
}
console.log(`\nAll checks passed in ${seconds(started)}.`);
