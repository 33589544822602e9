/**
 * Margin's anchoring and quoting code (the fuzzy matcher), imported into the page (lib/page/chunks.ts)
 * only when the screen has observations to anchor, a selection or picked element is described, or an
 * adapter is tested.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { anchorAll } from '@/lib/anchoring';
import { diagnoseAdapter } from '@/lib/adapters/diagnose';
import { describePicked, describeSelection } from '@/lib/page/describe-target';
import { provideChunk } from '@/lib/page/chunk-registry';

export default defineUnlistedScript(() =>
  provideChunk('anchoring', { anchorAll, describePicked, describeSelection, diagnoseAdapter }),
);
