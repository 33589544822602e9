/** Margin's element picker, imported into the page (lib/page/chunks.ts) the first time a person picks. */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPicking } from '@/lib/page/picker';
import { provideChunk } from '@/lib/page/chunk-registry';

export default defineUnlistedScript(() => provideChunk('picker', { startPicking }));
