/**
 * Example adapter for the Mosaic-style screens of the bundled demo (demo/render/mosaic.mjs, on loopback
 * under /mosaic/). It shows the shape a council's adapter for a Mosaic-like system takes: the person
 * reference in a data attribute of the identity bar, the step ID in the path, the record in one section.
 */
import type { Adapter } from '../../model/adapter';

export const mosaicExampleAdapter: Adapter = {
  name: 'mosaic-example',
  system: 'Mosaic-style demo',
  urlPattern: String.raw`^https?://(127\.0\.0\.1|localhost)(:\d+)?/mosaic/`,
  personId: { selector: '.person-identity-bar', attribute: 'data-person-ref' },
  // Step pages have h2.step-title, other screens h2.page-title; each screen has exactly one.
  formName: { selector: '.step-content .step-title, .step-content .page-title' },
  stepId: { urlPattern: String.raw`/mosaic/person/\d+/step/(\d+)` },
  content: 'section.step-content',
  chrome: ['nav.mosaic-nav', 'header.mosaic-header', '.person-identity-bar'],
  sensitive: ['input[name="authPin"]', 'input[type="password"]'],
};
