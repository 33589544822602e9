// Bundles a benchmark's in-page code into one IIFE string with esbuild, to inject into a page.
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** @param {string} entry absolute path of the module to bundle */
export async function bundleIife(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * Bundles Margin's own modules for Node (esbuild, ESM) from a few export lines, writes the bundle into
 * `folder` as `name` and imports it: how the Node benchmarks run Margin's code as shipped.
 * @param {string} folder a temporary folder
 * @param {string} name the bundle's file name
 * @param {string[]} exports lines of the entry module, e.g. "export { x } from './lib/y';"
 */
export async function importNodeBundle(folder, name, exports) {
  const result = await build({
    stdin: { contents: exports.join('\n'), resolveDir: path.resolve('.'), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    alias: { '@': path.resolve('.') },
    write: false,
    logLevel: 'silent',
  });
  const file = path.join(folder, name);
  await writeFile(file, result.outputFiles[0].text);
  return import(pathToFileURL(file).href);
}
