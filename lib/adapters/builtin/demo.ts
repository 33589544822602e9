/** Adapter for the bundled demo case-record system (demo/), served on loopback. */
import type { Adapter } from '../../model/adapter';

export const demoAdapter: Adapter = {
  name: 'demo',
  system: "Northbury Children's Record (demo)",
  urlPattern: String.raw`^https?://(127\.0\.0\.1|localhost)(:\d+)?/(worktray|search|person)([/?]|$)`,
  personId: { selector: '.identity-bar .person-id', attribute: 'data-person-id' },
  formName: { selector: '#screen-title' },
  stepId: { selector: '.step-id', attribute: 'data-step-id' },
};
