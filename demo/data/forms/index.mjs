// Registry of form definitions by form key, and the workflow map's step order.
import assessment from './assessment.mjs';
import contact from './contact.mjs';
import cpplan from './cpplan.mjs';
import referral from './referral.mjs';
import strategy from './strategy.mjs';

export const forms = { contact, referral, assessment, strategy, cpplan };

export const FORM_KEYS = Object.keys(forms);

/** Workflow map steps, in order. "conference" has no form in the demo. */
export const WORKFLOW = [
  { key: 'contact', label: 'Contact' },
  { key: 'referral', label: 'Referral' },
  { key: 'assessment', label: 'Assessment' },
  { key: 'strategy', label: 'Strategy discussion' },
  { key: 'conference', label: 'CP conference' },
  { key: 'cpplan', label: 'CP plan' },
];
