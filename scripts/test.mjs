// `npm test`: the one check command. Installs what is missing, then runs typecheck, lint, format check, unit tests,
// the Chromium and Firefox builds, Mozilla's linter on the Firefox build and the browser tests, in that order,
// stopping at the first failure.
import { ensureChromium, ensureDependencies, run } from './lib/ensure.mjs';

ensureDependencies();
ensureChromium();

const steps = [
  ['Typecheck', 'npx', ['tsc', '--noEmit']],
  ['Lint', 'npx', ['eslint', '.']],
  ['Format', 'npx', ['prettier', '--check', '.']],
  ['Unit tests', 'npx', ['vitest', 'run']],
  ['Build (Chromium)', 'npx', ['wxt', 'build']],
  ['Build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']],
  ['Lint (Firefox)', 'node', ['scripts/lint-firefox.mjs', '.output/firefox-mv3']],
  ['Browser tests', 'npx', ['playwright', 'test']],
];

const started = Date.now();
for (const [name, command, args] of steps) {
  const stepStart = Date.now();
  console.log(`\n▶ ${name}`);
  run(command, args);
  console.log(`✓ ${name} (${((Date.now() - stepStart) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
