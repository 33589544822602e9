/**
 * Where an in-page chunk (lib/page/chunks.ts) hands over its exports: a key of this isolated world's
 * global object, out of the page's reach. Imports nothing at run time, so a chunk that provides
 * itself carries none of margin-page.js's code.
 */
import type { startCapture } from '../friction/capture';
import type { createFrictionLayer } from '../highlights/friction-layer';
import type { anchorAll } from '../anchoring';
import type { diagnoseAdapter } from '../adapters/diagnose';
import type { describePicked, describeSelection } from './describe-target';
import type { startPicking } from './picker';

/** What each chunk provides. */
export interface Chunks {
  friction: { startCapture: typeof startCapture };
  anchoring: {
    anchorAll: typeof anchorAll;
    describePicked: typeof describePicked;
    describeSelection: typeof describeSelection;
    diagnoseAdapter: typeof diagnoseAdapter;
  };
  picker: { startPicking: typeof startPicking };
  frictionLayer: { createFrictionLayer: typeof createFrictionLayer };
}
export type ChunkName = keyof Chunks;

const keyOf = (name: ChunkName) => Symbol.for(`margin.chunk.${name}`);
type World = Record<symbol, unknown>;

/** Called by a chunk's entrypoint once it has run: hands its exports to `loadChunk`. */
export function provideChunk<N extends ChunkName>(name: N, exports: Chunks[N]): void {
  (globalThis as unknown as World)[keyOf(name)] = exports;
}

/** The exports chunk `name` has provided in this world, if it has run. */
export function providedChunk<N extends ChunkName>(name: N): Chunks[N] | undefined {
  return (globalThis as unknown as World)[keyOf(name)] as Chunks[N] | undefined;
}
