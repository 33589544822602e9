// Installs what `npm run demo` and `npm test` need on a fresh machine: the npm dependencies and
// Debian's Chromium (the only browser the tests and the demo use). Node built-ins only, so it runs
// before `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.MARGIN_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Runs a command with inherited output; exits the process with a message if it fails.
 * @param {string} command
 * @param {string[]} args
 */
export function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ "${[command, ...args].join(' ')}" failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

/** Runs `npm ci` when the dependencies are not installed yet. */
export function ensureDependencies() {
  if (existsSync('node_modules/.package-lock.json') && existsSync('.wxt/tsconfig.json')) return;
  console.log('Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Installs Debian's Chromium through apt when it is missing, or explains what to do. */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  const isRoot = process.getuid?.() === 0;
  if (!hasApt) {
    console.error(
      `✗ Chromium was not found at ${CHROMIUM} and apt-get is not available here.\n` +
        '  Install Chromium with your system’s package manager, then set MARGIN_CHROMIUM to its path\n' +
        '  (for example MARGIN_CHROMIUM=/usr/bin/chromium-browser npm test).',
    );
    process.exit(1);
  }
  console.log('Installing Debian Chromium (apt-get install chromium)…');
  const apt = (/** @type {string[]} */ args) =>
    isRoot
      ? run('apt-get', args)
      : run('sudo', ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]);
  process.env.DEBIAN_FRONTEND = 'noninteractive';
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', 'chromium']);
}
