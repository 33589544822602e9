/**
 * Margin's in-page code that not every page needs, in chunks imported on first use: friction capture
 * (only where it is switched on), the anchoring and quoting code with its fuzzy matcher (only where a
 * page has observations, a selection is described or an adapter tested), the element picker (on
 * first pick) and the layer showing friction on the page (when the sidebar first asks for it). Each chunk is an unlisted script of its own (entrypoints/margin-<name>.ts, listed in
 * web_accessible_resources), imported into this isolated world like margin-page.js itself, and hands
 * its exports over through chunk-registry.ts.
 */
import { browser } from 'wxt/browser';
import { providedChunk, type ChunkName, type Chunks } from './chunk-registry';

export type { ChunkName, Chunks };

const PATHS = {
  friction: '/margin-friction.js',
  anchoring: '/margin-anchoring.js',
  picker: '/margin-picker.js',
  frictionLayer: '/margin-friction-layer.js',
} as const;

const loading = new Map<ChunkName, Promise<unknown>>();

/** The exports of chunk `name`, importing it the first time (a failed import is tried again next time). */
export function loadChunk<N extends ChunkName>(name: N): Promise<Chunks[N]> {
  let promise = loading.get(name) as Promise<Chunks[N]> | undefined;
  if (!promise) {
    promise = (async () => {
      if (!providedChunk(name)) await import(/* @vite-ignore */ browser.runtime.getURL(PATHS[name]));
      const exports = providedChunk(name);
      if (!exports) throw new Error(`Margin's ${name} code did not load`);
      return exports;
    })();
    loading.set(name, promise);
    promise.catch(() => loading.delete(name));
  }
  return promise;
}
