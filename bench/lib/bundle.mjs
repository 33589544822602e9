// Bundles a benchmark's in-page code into one IIFE string with esbuild, to inject into a page.
import { build } from 'esbuild';

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
