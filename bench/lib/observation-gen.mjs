// Schema-valid observations for the in-page benchmarks (storage, export): the shapes of
// tests/unit/storage, spread over SCREENS screens and AUDITS audits, with an index in every comment so
// each record is distinct. Shared so both benchmarks write the same records.
import { pageKey } from '../../lib/model/page-context.ts';

export const ORIGIN = 'http://127.0.0.1:4173';
const KINDS = ['strength', 'concern', 'question', 'evidence'];
export const SCREENS = 1000;
const AUDITS = 500;
export const AUDIT_IDS = Array.from({ length: AUDITS }, () => crypto.randomUUID());
const COMMENT =
  'Child seen alone and her words recorded; the plan reflects what she said about evenings at home. ';

/** The input of createObservation for the `i`th observation. */
export function observationInput(i) {
  const screen = i % SCREENS;
  return {
    fields: {
      auditId: AUDIT_IDS[i % AUDITS],
      sectionId: 'voice-of-the-child',
      kind: KINDS[i % KINDS.length],
      grade: 'good',
      comment: `${COMMENT}Observation ${i}.`,
      evidenceSource: 'case-record',
      factors: [{ factor: 'family-professional', subItem: 'child-voice' }],
      followUp: 'Share in practice week.',
    },
    target: {
      page: {
        origin: ORIGIN,
        path: `/person/P${100000 + screen}/casenotes`,
        adapter: 'demo',
        personId: `P${100000 + screen}`,
        formName: 'Case notes',
      },
      selectors: [
        { type: 'TextQuoteSelector', exact: 'seen alone', prefix: 'Maya was ', suffix: ' today' },
        { type: 'TextPositionSelector', start: 1200 + i, end: 1210 + i },
      ],
      quote: 'seen alone',
    },
    author: 'Auditor',
  };
}

/** The stored record for an input, as createObservation builds it (without parsing). */
export function observationRecord(input, at) {
  return {
    ...input.fields,
    id: crypto.randomUUID(),
    target: input.target,
    pageKey: pageKey(input.target.page),
    author: input.author,
    createdAt: at,
    updatedAt: at,
  };
}
