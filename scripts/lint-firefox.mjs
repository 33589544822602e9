// `npm test`'s Firefox lint: Mozilla's add-on linter (web-ext lint, offline, self-hosted rules) on the
// Firefox build. Fails on any error, and on any warning or notice except the known ones below, each
// recognised by its code and by the code at the place it points to (chunk names change with every build).
// Why each known warning stays: docs/security.md, "Firefox lint warnings that stay".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import webExt from 'web-ext';

const SOURCE_DIR = path.resolve(process.argv[2] ?? '.output/firefox-mv3');

/**
 * The warnings that stay. `at` must match the built code from the reported line and column on;
 * `before` (optional) the 200 characters ahead of it.
 */
const KNOWN = [
  {
    code: 'DANGEROUS_EVAL',
    what: "Zod's eval probe, skipped because Margin sets Zod jitless (lib/model/zod-jitless.ts)",
    at: /^Function\(``\)/,
    before: /\.jitless\b/,
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    what: "Preact's dangerouslySetInnerHTML, a prop Margin never passes (ESLint forbids it)",
    at: /^[\w$]+\.innerHTML=[\w$]+\.__html\b/,
  },
];

/**
 * A message of the linter's JSON output.
 * @typedef {{ _type: string, code: string, message: string, description?: unknown, file?: string,
 *   line?: number, column?: number }} LintMessage
 */

/**
 * The built code at a linter message's position, and the 200 characters before it.
 * @param {LintMessage} message
 */
function codeAt({ file, line, column }) {
  if (!file?.endsWith('.js') || !line || !column) return { ahead: '', from: '' };
  const text = readFileSync(path.join(SOURCE_DIR, file), 'utf8').split('\n')[line - 1] ?? '';
  return {
    ahead: text.slice(Math.max(0, column - 201), column - 1),
    from: text.slice(column - 1, column + 199),
  };
}

/**
 * The known warning `message` is, or undefined.
 * @param {LintMessage} message
 */
function knownAs(message) {
  const { ahead, from } = codeAt(message);
  return KNOWN.find(
    (known) =>
      known.code === message.code && known.at.test(from) && (!known.before || known.before.test(ahead)),
  );
}

const result = await webExt.cmd.lint(
  {
    sourceDir: SOURCE_DIR,
    artifactsDir: path.resolve('web-ext-artifacts'),
    selfHosted: true,
    output: 'none',
    boring: true,
    verbose: false,
    warningsAsErrors: false,
  },
  { shouldExitProgram: false },
);

const where = (/** @type {LintMessage} */ m) => `${m.file ?? '?'}${m.line ? `:${m.line}:${m.column}` : ''}`;
const seen = new Set();
let failures = 0;
for (const message of [...result.errors, ...result.warnings, ...result.notices]) {
  const known = message._type === 'error' ? undefined : knownAs(message);
  if (known) seen.add(known);
  else failures += 1;
  const label = known ? `known ${message._type}` : message._type.toUpperCase();
  console.log(`${label} ${message.code} at ${where(message)}: ${message.message}`);
  console.log(
    `  ${known ? known.what : (message.description ?? '').toString().replace(/\s+/g, ' ').slice(0, 300)}`,
  );
}
for (const known of KNOWN.filter((k) => !seen.has(k))) {
  console.log(`note: known ${known.code} no longer reported; drop it here and in docs/security.md.`);
}
const { errors, warnings, notices } = result.summary;
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings (${seen.size} known), ${notices} notices.`);
if (failures > 0) {
  console.error(`✗ ${failures} lint message(s) not known: fix them, or explain them in docs/security.md.`);
  process.exit(1);
}
