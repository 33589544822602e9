/**
 * The layer showing friction counts on the page's fields, imported into the page (lib/page/chunks.ts)
 * the first time the sidebar asks to show them.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createFrictionLayer } from '@/lib/highlights/friction-layer';
import { provideChunk } from '@/lib/page/chunk-registry';

export default defineUnlistedScript(() => provideChunk('frictionLayer', { createFrictionLayer }));
