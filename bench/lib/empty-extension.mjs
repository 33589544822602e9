// The floor every extension pays: a tiny unpacked MV3 extension, written to a temp folder at run time,
// whose content script registers document-level, capture-phase, passive listeners that do nothing, for
// the same event types as Margin's friction capture. Only crossing into the isolated world is measured.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Event types Margin's capture listens to (lib/friction/capture/start-capture.ts). */
export const CAPTURE_EVENT_TYPES = [
  'focusin',
  'focusout',
  'keydown',
  'input',
  'paste',
  'invalid',
  'click',
  'scroll',
  'submit',
  'visibilitychange',
];

/** Writes the extension and returns its folder (the caller deletes it). */
export async function writeEmptyExtension() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'margin-bench-empty-ext-'));
  const manifest = {
    manifest_version: 3,
    name: 'Bench: empty listeners',
    version: '1.0.0',
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['listen.js'], run_at: 'document_idle' }],
  };
  const script = `const noop = () => {};\nfor (const type of ${JSON.stringify(CAPTURE_EVENT_TYPES)})\n  document.addEventListener(type, noop, { capture: true, passive: true });\ndocument.documentElement.dataset.benchEmptyListeners = 'on';\n`;
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(path.join(dir, 'listen.js'), script);
  return dir;
}
