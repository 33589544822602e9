/**
 * fast-check arbitraries of Margin's records in their stored form (what lib/storage writes and a Margin
 * JSON file carries), for the property tests of import and messaging. Every generated record passes its
 * schema unchanged (text a schema trims is generated trimmed), so a record that goes through a file and
 * back can be compared with what was generated. Ids, edit times and counter identities come from small
 * pools, so that random files and databases share records often enough to exercise every merge verdict.
 */
import fc from 'fast-check';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import { FRICTION_CATEGORY_IDS, SEVERITIES } from '@/lib/model/friction-categories';
import type { Audit } from '@/lib/model/audit';
import type { CounterRow, FrictionFlag } from '@/lib/model/friction';
import type { Note } from '@/lib/model/note';
import { EVIDENCE_SOURCES, OBSERVATION_KINDS, type Observation } from '@/lib/model/observation';
import { pageKey, type PageContext } from '@/lib/model/page-context';
import type { Selector } from '@/lib/model/selector';
import { TemplateSchema, type Template } from '@/lib/model/template';
import { storedCounterRow, storedFlag } from '@/lib/export/import/normalise';
import type { StoredFlag, StoredTemplate } from '@/lib/storage/db';
import { bundle, fixtureJson } from './support';
import type { IncomingBundle } from '@/lib/export/import/incoming-schema';

/** A record with the given keys required and the others sometimes left out (never `undefined`). */
function record<T extends object, K extends keyof T>(
  model: { [P in keyof T]: fc.Arbitrary<T[P]> },
  requiredKeys: K[],
) {
  return fc.record(model, { requiredKeys, noNullPrototype: true });
}

/** Fixed ids (version 4), so a failing case replays with the same ids. */
export const IDS = Array.from(
  { length: 6 },
  (_, index) => `0000000${index}-0000-4000-8000-00000000000${index}`,
);
/** Edit times: few, so that equal times with different content (conflicts) happen. */
export const TIMES = [
  '2025-01-10T09:00:00.000Z',
  '2025-01-11T09:00:00.000Z',
  '2025-01-12T09:00:00.000Z',
  '2025-01-13T09:00:00.000Z',
];

const id = fc.constantFrom(...IDS);
const time = fc.constantFrom(...TIMES);

/** Any text of at most `max` UTF-16 units: ASCII or any code point. */
export function text(max: number, minLength = 0): fc.Arbitrary<string> {
  const length = Math.min(24, Math.floor(max / 2));
  return fc.oneof(
    fc.string({ minLength, maxLength: length }),
    fc.string({ unit: 'binary', minLength, maxLength: length }),
  );
}

/** Text with no surrounding white space (what a trimming schema keeps as it is), never empty. */
export const trimmed = (max: number) => text(max).map((value) => value.trim() || 'x');

const origin = fc.oneof(
  fc.constantFrom('https://lcs.northbury.gov.uk', 'http://127.0.0.1:4173'),
  fc.domain().map((domain) => `https://${domain}`),
);

/** A page context as the in-page script reports it. */
export const pageContextArb: fc.Arbitrary<PageContext> = record(
  {
    origin,
    path: fc.string({ maxLength: 30 }).map((path) => `/${path}`),
    title: text(500),
    adapter: trimmed(200),
    system: trimmed(200),
    personId: fc.constantFrom('P1', 'P123456', 'P654321'),
    formName: fc.oneof(fc.constantFrom('Assessment', 'Plan'), trimmed(200)),
    stepId: trimmed(200),
  },
  ['origin', 'path', 'title', 'adapter'],
);

/** The page of a stored record: a page context without its title. */
export const notePageArb = pageContextArb.map(({ title: _title, ...page }) => page);

const selectorArb: fc.Arbitrary<Selector> = fc.oneof(
  record(
    {
      type: fc.constant('TextQuoteSelector' as const),
      exact: text(10_000, 1),
      prefix: text(200),
      suffix: text(200),
    },
    ['type', 'exact'],
  ),
  record({ type: fc.constant('TextPositionSelector' as const), start: fc.nat(), end: fc.nat() }, [
    'type',
    'start',
    'end',
  ]),
  record({ type: fc.constant('CssSelector' as const), value: text(2000, 1) }, ['type', 'value']),
  record(
    {
      type: fc.constant('FieldSelector' as const),
      tag: text(40, 1),
      inputType: text(40),
      name: text(300),
      id: text(300),
      label: text(300),
    },
    ['type', 'tag'],
  ),
);

export const targetArb = record(
  { page: notePageArb, selectors: fc.array(selectorArb, { maxLength: 3 }), quote: text(10_000) },
  ['page', 'selectors'],
);

const factorArb = record({ factor: text(80, 1), subItem: text(80, 1) }, ['factor']);

/** What an auditor writes about an observation. */
export const observationFieldsArb = record(
  {
    auditId: fc.option(id, { nil: null }),
    sectionId: text(80),
    kind: fc.constantFrom(...OBSERVATION_KINDS),
    grade: text(40),
    comment: trimmed(20_000),
    evidenceSource: fc.constantFrom(...EVIDENCE_SOURCES),
    factors: fc.array(factorArb, { maxLength: 3 }),
    followUp: text(5_000).map((value) => value.trim()),
    evidence: fc.array(
      record(
        {
          kind: fc.constantFrom('friction-flag' as const, 'friction-field' as const),
          ref: text(2500, 1),
          summary: text(1000),
        },
        ['kind', 'ref', 'summary'],
      ),
      { maxLength: 2 },
    ),
  },
  ['auditId', 'kind', 'comment', 'evidenceSource', 'factors'],
);

export const observationArb: fc.Arbitrary<Observation> = fc
  .tuple(
    observationFieldsArb,
    record({ id, target: targetArb, author: text(200), createdAt: time, updatedAt: time }, [
      'id',
      'target',
      'author',
      'createdAt',
      'updatedAt',
    ]),
  )
  .map(([fields, rest]) => ({ ...fields, ...rest, pageKey: pageKey(rest.target.page) }));

export const noteArb: fc.Arbitrary<Note> = record(
  { id, text: trimmed(20_000), page: notePageArb, author: text(200), createdAt: time, updatedAt: time },
  ['id', 'text', 'page', 'author', 'createdAt', 'updatedAt'],
).map((note) => ({ ...note, pageKey: pageKey(note.page) }));

/** What a practitioner says about a friction flag. */
export const flagFieldsArb = record(
  {
    category: fc.constantFrom(...FRICTION_CATEGORY_IDS),
    severity: fc.constantFrom(...SEVERITIES),
    minutesLost: fc.integer({ min: 0, max: 24 * 60 }),
    comment: text(5000).map((value) => value.trim()),
    workaround: text(5000).map((value) => value.trim()),
  },
  ['category', 'severity'],
);

/** A friction flag as a file carries it (without the stored `screenRef`). */
export const flagArb: fc.Arbitrary<FrictionFlag> = fc
  .tuple(
    flagFieldsArb,
    record({ id, target: targetArb, author: text(200), createdAt: time }, [
      'id',
      'target',
      'author',
      'createdAt',
    ]),
  )
  .map(([fields, rest]) => ({ ...fields, ...rest, pageKey: pageKey(rest.target.page) }));

/** Templates of a file or a database: the fixture's, a later version, a rival under its key, built-ins. */
const fixtureTemplate = TemplateSchema.parse(fixtureJson('margin-export-v1.json').templates[0]);
const builtin = BUILTIN_TEMPLATES[0]!;
export const TEMPLATES: Template[] = [
  fixtureTemplate,
  { ...fixtureTemplate, version: 2, description: 'Second version.' },
  { ...fixtureTemplate, name: 'Renamed on another device' },
  builtin,
  { ...builtin, name: 'A rival of the built-in template' },
];
export const templateArb = fc.constantFrom(...TEMPLATES);
/** Templates a database may hold (never under a built-in's key). */
export const storedTemplateArb: fc.Arbitrary<StoredTemplate> = fc
  .constantFrom(...TEMPLATES.slice(0, 3))
  .map((template) => ({
    key: `${template.id}@${template.version}`,
    template,
    importedAt: TIMES[0]!,
  }));

const sectionArb = record({ grade: text(40), justification: text(20_000), complete: fc.boolean() }, [
  'complete',
]);

export const auditArb: fc.Arbitrary<Audit> = record(
  {
    id,
    templateId: fc.constantFrom(fixtureTemplate.id, builtin.id),
    templateVersion: fc.constantFrom(1, 2),
    caseRef: record({ personId: trimmed(200), system: text(200) }, ['personId']),
    auditor: text(200),
    status: fc.constantFrom('in-progress' as const, 'finished' as const),
    sections: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), sectionArb, {
      maxKeys: 3,
      noNullPrototype: true,
    }),
    overallGrade: text(40),
    summary: text(50_000),
    startedAt: time,
    finishedAt: time,
    updatedAt: time,
  },
  [
    'id',
    'templateId',
    'templateVersion',
    'caseRef',
    'auditor',
    'status',
    'sections',
    'startedAt',
    'updatedAt',
  ],
);

/** A counter row with its derived keys; its identity (day, screen, form, field) comes from small pools. */
export const counterRowArb: fc.Arbitrary<CounterRow> = record(
  {
    day: fc.constantFrom('2025-01-13', '2025-01-14'),
    origin: fc.constantFrom('https://lcs.northbury.gov.uk', 'http://127.0.0.1:4173'),
    screen: fc.constantFrom('Assessment', '/person/P1/contacts'),
    form: fc.constantFrom('', 'Assessment'),
    field: fc.constantFrom('(page)', 'analysis', 'reason'),
    device: fc.constantFrom('device-a', 'device-b'),
    tag: text(40),
    label: text(300),
    css: text(2000),
    counts: fc.dictionary(
      fc.constantFrom('focus', 'returns', 'abandoned', 'dwellMs', 'rageClicks'),
      fc.integer({ min: 0, max: 1_000_000 }),
      { maxKeys: 5, noNullPrototype: true },
    ),
  },
  ['day', 'origin', 'screen', 'form', 'field', 'counts'],
).map((row) => storedCounterRow({ ...row, key: '', screenRef: '', screenDay: '' }, 'Sam'));

const unique = <T>(arb: fc.Arbitrary<T>, selector: (value: T) => string, maxLength = 3) =>
  fc.uniqueArray(arb, { selector, maxLength });

/** The records of one file (or one database): at most one per id or key. */
export const recordsArb = fc.record({
  audits: unique(auditArb, (audit) => audit.id),
  observations: unique(observationArb, (observation) => observation.id),
  notes: unique(noteArb, (note) => note.id),
  frictionFlags: unique(flagArb, (flag) => flag.id),
  templates: unique(templateArb, (template) => `${template.id}@${template.version}`, 2),
  frictionCounters: unique(counterRowArb, (row) => row.key),
});

/** A valid version-1 file (as a value: stringify it to get the file). */
export const bundleArb: fc.Arbitrary<IncomingBundle> = fc
  .tuple(text(200), fc.constantFrom(...TIMES, '2025-02-01T00:00:00.000Z'), recordsArb)
  .map(([exportedBy, exportedAt, records]) => bundle(exportedBy, exportedAt, records));

/** What a database holds before an import: records (flags with their screen) and stored templates. */
export const seedArb = fc.record({
  audits: unique(auditArb, (audit) => audit.id),
  observations: unique(observationArb, (observation) => observation.id),
  notes: unique(noteArb, (note) => note.id),
  frictionFlags: unique(flagArb, (flag) => flag.id).map((flags) => flags.map(storedFlag)),
  templates: unique(storedTemplateArb, (stored) => stored.key, 2),
  frictionCounters: unique(counterRowArb, (row) => row.key),
});
export type Seed = {
  audits: Audit[];
  observations: Observation[];
  notes: Note[];
  frictionFlags: StoredFlag[];
  templates: StoredTemplate[];
  frictionCounters: CounterRow[];
};
