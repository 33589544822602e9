/**
 * Margin's in-page code that not every page needs, in chunks imported on first use: friction capture
 * (only where it is switched on), the anchoring and quoting code with its fuzzy matcher (only where a
 * page has observations, a selection is described or an adapter tested), the element picker (on
 * first pick) and the layer showing friction on the page (when the sidebar first asks for it). Each chunk is an unlisted script of its own (entrypoints/margin-<name>.ts, listed in
 * web_accessible_resources), imported into this isolated world like margin-page.js itself, and hands
 * its exports over through chunk-registry.ts.
 */
import { providedChunk, type ChunkName, type Chunks } from './chunk-registry';

export type { ChunkName, Chunks };

// One literal import per chunk, of `chrome.runtime.getURL` as public/margin-loader.js does: Firefox's
// add-on linter flags an import of any other computed address. Both browsers define `chrome` in
// content scripts.
declare const chrome: { runtime: { getURL(path: string): string } };
const IMPORTS: Record<ChunkName, () => Promise<unknown>> = {
  friction: () => import(/* @vite-ignore */ chrome.runtime.getURL('/margin-friction.js')),
  anchoring: () => import(/* @vite-ignore */ chrome.runtime.getURL('/margin-anchoring.js')),
  picker: () => import(/* @vite-ignore */ chrome.runtime.getURL('/margin-picker.js')),
  frictionLayer: () => import(/* @vite-ignore */ chrome.runtime.getURL('/margin-friction-layer.js')),
};

const loading = new Map<ChunkName, Promise<unknown>>();

/** The exports of chunk `name`, importing it the first time (a failed import is tried again next time). */
export function loadChunk<N extends ChunkName>(name: N): Promise<Chunks[N]> {
  let promise = loading.get(name) as Promise<Chunks[N]> | undefined;
  if (!promise) {
    promise = (async () => {
      if (!providedChunk(name)) await IMPORTS[name]();
      const exports = providedChunk(name);
      if (!exports) throw new Error(`Margin's ${name} code did not load`);
      return exports;
    })();
    loading.set(name, promise);
    promise.catch(() => loading.delete(name));
  }
  return promise;
}
