/**
 * Example adapter for the LCS-style screens of the bundled demo (demo/render/lcs.mjs, on loopback
 * under /lcs/). It shows the shape a council's adapter for a Liquidlogic-like portal takes: IDs in the
 * query string, the person ID in a text-only header, the form title in a div, navigation in a side map.
 */
import type { Adapter } from '../../model/adapter';

export const lcsExampleAdapter: Adapter = {
  name: 'lcs-example',
  system: 'LCS-style demo',
  urlPattern: String.raw`^https?://(127\.0\.0\.1|localhost)(:\d+)?/lcs/`,
  // The header shows "ID: 123456"; the number is the stable identifier, the name next to it is not.
  personId: { selector: '#personHeader .pHeaderId', textPattern: String.raw`ID:\s*(\d+)` },
  formName: { selector: '#formContent .formTitle' },
  // Only in the query string (?stepId=884213), which URL patterns see (never the fragment).
  stepId: { urlPattern: String.raw`[?&]stepId=(\d+)` },
  content: '#formContent',
  chrome: ['#lcsBanner', '#workflowMap', '#personHeader', '.formTabs'],
  sensitive: ['input[type="password"]', '#authPanel input'],
};
