// `npm test`: the one check command. Installs what is missing, then runs typecheck, lint and format check
// (side by side: each mostly keeps one core busy and none writes), unit tests, the Chromium and Firefox
// builds, Mozilla's linter on the Firefox build and the browser tests, in that order, stopping at the
// first failure.
import { spawn } from 'node:child_process';
import { ensureChromium, ensureDependencies, run } from './lib/ensure.mjs';

ensureDependencies();
ensureChromium();

/** Each stage's steps run at the same time; the stages run one after another. */
const stages = [
  [
    ['Typecheck', 'npx', ['tsc', '--noEmit']],
    ['Lint', 'npx', ['eslint', '.']],
    ['Format', 'npx', ['prettier', '--check', '.']],
  ],
  [['Unit tests', 'npx', ['vitest', 'run']]],
  [['Build (Chromium)', 'npx', ['wxt', 'build']]],
  [['Build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']]],
  [['Lint (Firefox)', 'node', ['scripts/lint-firefox.mjs', '.output/firefox-mv3']]],
  [['Browser tests', 'npx', ['playwright', 'test']]],
];

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/**
 * Runs a step with its output collected, to print once it ends (steps side by side would interleave).
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<{ status: number | null, output: string }>}
 */
function collect(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    /** @type {Buffer[]} */
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('error', (error) => resolve({ status: null, output: String(error) }));
    child.on('close', (status) => resolve({ status, output: Buffer.concat(chunks).toString() }));
  });
}

const started = Date.now();
for (const stage of stages) {
  if (stage.length === 1) {
    const [[name, command, args]] = stage;
    const stepStart = Date.now();
    console.log(`\n▶ ${name}`);
    run(command, args);
    console.log(`✓ ${name} (${seconds(stepStart)})`);
    continue;
  }
  const stageStart = Date.now();
  console.log(`\n▶ ${stage.map(([name]) => name).join(', ')} (side by side)`);
  const results = await Promise.all(
    stage.map(async ([name, command, args]) => ({ name, command, args, ...(await collect(command, args)) })),
  );
  for (const { name, command, args, status, output } of results) {
    if (output.trim()) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
    if (status !== 0) {
      console.error(`\n✗ ${name}: "${[command, ...args].join(' ')}" failed (exit ${status}).`);
      process.exit(status || 1);
    }
    console.log(`✓ ${name}`);
  }
  console.log(`(${seconds(stageStart)})`);
}
console.log(`\nAll checks passed in ${seconds(started)}.`);
