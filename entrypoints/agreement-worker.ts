// The agreement worker (built as /agreement-worker.js): extension pages start it with
// `lib/moderation/agreement-client.ts` and post grades; the statistics run here, off the page's thread.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { handleAgreementMessage } from '@/lib/moderation/agreement-worker';

export default defineUnlistedScript(() => {
  self.addEventListener('message', (event: MessageEvent) => {
    self.postMessage(handleAgreementMessage(event.data));
  });
});
