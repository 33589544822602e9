// Weight: the bytes Margin puts into the host page (every content script and stylesheet the manifest
// injects; Margin's in-page CSS is inlined in the script and so counted with it), raw and gzipped,
// against Microsoft Clarity's and rrweb's in-page bundles measured the same way. Eager is what every
// page loads before anything is used (the loader and margin-page.js); each lazy chunk
// (lib/page/chunks.ts: the other margin-*.js files the manifest makes web-accessible) is reported on
// its own, with what it is loaded for. The sidebar frame runs in the extension's origin, not in the
// page, and is reported separately for information.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const TARGET_GZIP_BYTES = 25 * 1024;
/** Issue #19 item 6: what every page loads before anything is used. */
export const TARGET_EAGER_GZIP_BYTES = 12 * 1024;
const LAZY_FOR = {
  'margin-friction.js': 'friction capture, where switched on',
  'margin-anchoring.js':
    'anchoring and quoting (fuzzy matcher), where a screen has observations or a selection is made',
  'margin-picker.js': 'the element picker, on first pick',
  'margin-friction-layer.js': 'friction shown on the page, when the sidebar first asks',
};
const require = createRequire(import.meta.url);

async function sizeOf(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const body = await readFile(file);
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** Files the sidebar page loads (its module script, preloads and stylesheets). */
async function sidebarFiles(dir) {
  const html = await readFile(path.join(dir, 'sidebar.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return [path.join(dir, 'sidebar.html'), ...refs.map((ref) => path.join(dir, ref))];
}

/** Measures the built extension in `dir` (.output/chrome-mv3). */
export async function runWeight({ dir, log }) {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
  // The manifest's content script (a loader) and the in-page code it imports after the page's load.
  const injected = [
    ...(manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]),
    'margin-page.js',
  ];
  const margin = await sizeOf(injected.map((file) => path.join(dir, file)));
  const accessible = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources ?? []);
  const lazy = {};
  for (const file of accessible.filter((f) => /^margin-.+\.js$/.test(f) && !injected.includes(f)))
    lazy[file] = { ...(await sizeOf([path.join(dir, file)])), loadedFor: LAZY_FOR[file] ?? '' };
  const clarity = await sizeOf([require.resolve('clarity-js/build/clarity.min.js')]);
  const rrweb = await sizeOf([path.join(path.dirname(require.resolve('rrweb')), 'rrweb.umd.min.cjs')]);
  const sidebar = await sizeOf(await sidebarFiles(dir));
  const result = {
    files: injected,
    margin,
    peers: { clarity, rrweb },
    sidebarFrame: sidebar,
    ratioToClarityGzip: margin.gzip / clarity.gzip,
    targetGzipBytes: TARGET_GZIP_BYTES,
    // `margin` is the eager part: the loader and margin-page.js.
    eager: margin,
    lazy,
    targetEagerGzipBytes: TARGET_EAGER_GZIP_BYTES,
    eagerMet: margin.gzip <= TARGET_EAGER_GZIP_BYTES,
    met: margin.gzip <= TARGET_GZIP_BYTES,
  };
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  log(`weight: Margin in-page ${injected.join(' + ')}: ${kb(margin.raw)} raw, ${kb(margin.gzip)} gzip`);
  log(`weight: eager ${kb(margin.gzip)} gzip; target ≤ 12 KB: ${result.eagerMet ? 'met' : 'NOT met'}`);
  for (const [file, size] of Object.entries(lazy))
    log(`weight: lazy ${file}: ${kb(size.raw)} raw, ${kb(size.gzip)} gzip (${size.loadedFor})`);
  log(
    `weight: Clarity ${kb(clarity.raw)} raw, ${kb(clarity.gzip)} gzip; rrweb ${kb(rrweb.raw)} raw, ${kb(rrweb.gzip)} gzip`,
  );
  log(
    `weight: ratio Margin/Clarity gzip ${result.ratioToClarityGzip.toFixed(2)}; target ≤ 25 KB gzip: ${result.met ? 'met' : 'NOT met'}`,
  );
  log(
    `weight: (sidebar frame, extension origin, not in the page: ${kb(sidebar.raw)} raw, ${kb(sidebar.gzip)} gzip)`,
  );
  return result;
}
