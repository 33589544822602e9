/**
 * Margin's friction capture, imported into the page (lib/page/chunks.ts) only where the person has
 * switched capture on.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startCapture } from '@/lib/friction/capture';
import { provideChunk } from '@/lib/page/chunk-registry';

export default defineUnlistedScript(() => provideChunk('friction', { startCapture }));
