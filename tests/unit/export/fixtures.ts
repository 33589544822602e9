// Realistic records for the export tests, written through the storage functions (so they are valid):
// two audited children, observations with quotes and factors, a note, friction flags and counters;
// `addTies` adds records sharing creation times, and `seedFixed` writes both with fixed ids (the data
// set of the golden files). `exportAll` exports as the dashboard does, in every format.
import { vi } from 'vitest';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import type { MarginBundle } from '@/lib/export/bundle-schema';
import { exportFile, type ExportFormat, type ExportRequest } from '@/lib/export/export-file';
import { ObservationSchema, type ObservationFields, type ObservationTarget } from '@/lib/model/observation';
import { pageKey } from '@/lib/model/page-context';
import type { AppDB } from '@/lib/storage/db';
import { startAudit, updateSection } from '@/lib/storage/audits';
import { applyBatch } from '@/lib/storage/friction-counters';
import { createFlag } from '@/lib/storage/friction-flags';
import { createNote } from '@/lib/storage/notes';
import { createObservation } from '@/lib/storage/observations';
import { createReply, updateReply } from '@/lib/storage/replies';

export const ORIGIN = 'https://lcs.northbury.gov.uk';
export const PEOPLE = ['P123456', 'P654321'] as const;
/** A person who appears only in the path of friction counters (generic adapter: no person field). */
export const COUNTER_ONLY_PERSON = 'P777777';
export const STEP = 'S-99812';
export const NAMES = ['Sam Auditor', 'Alex Reviewer', 'Jo Practitioner', 'Quinn Lead'] as const;
/** Quoted record text (with its context), which redaction must remove from every format. */
export const QUOTES = ['Maya said she feels safe at Nan’s house', 'Mum did not attend the core group'];
export const QUOTE_CONTEXT = ['On the visit on Tuesday, ', ' and the school was not told'];
export const HOSTILE = ['=1+1', '@SUM(A1)', "+cmd|' /C calc'!A0", '-2+3', '=HYPERLINK("http://x","y")'];
export const AWKWARD = 'She said "no, not today",\nthen, later: "maybe"; Ω ✓';

export const template = BUILTIN_TEMPLATES.find((t) => t.id === 'learning-case-file-audit')!;

export const page = (personId: string, form = 'Child and Family Assessment') => ({
  origin: ORIGIN,
  path: `/person/${personId}/assessment/${STEP}`,
  adapter: 'lcs',
  system: 'LCS',
  personId,
  formName: form,
  stepId: STEP,
});

const quoted = (index: number, personId: string): ObservationTarget => ({
  page: page(personId),
  selectors: [
    { type: 'TextQuoteSelector', exact: QUOTES[index]!, prefix: QUOTE_CONTEXT[0], suffix: QUOTE_CONTEXT[1] },
    { type: 'TextPositionSelector', start: 120, end: 160 },
    { type: 'CssSelector', value: '#case-note-3 > p:nth-child(2)' },
  ],
  quote: QUOTES[index],
});

const fieldTarget = (personId: string): ObservationTarget => ({
  page: page(personId),
  selectors: [
    { type: 'CssSelector', value: '#reason' },
    { type: 'FieldSelector', tag: 'textarea', name: 'reason', id: 'reason', label: 'Reason for referral' },
  ],
  quote: 'Reason for referral',
});

export const fields = (over: Partial<ObservationFields> = {}): ObservationFields => ({
  auditId: null,
  kind: 'strength',
  comment: 'Direct work recorded in the child’s own words.',
  evidenceSource: 'case-record',
  factors: [{ factor: 'family-professional', subItem: 'child-voice' }],
  ...over,
});

const at = (day: number, hour = 10) => new Date(Date.UTC(2026, 10, day, hour));

/** Seeds `db` and returns the two audits' ids. */
export async function seed(db: AppDB): Promise<{ auditIds: string[] }> {
  const [sam, alex, jo] = NAMES;
  const one = await startAudit(db, template, { personId: PEOPLE[0], system: 'LCS' }, sam, at(2));
  const two = await startAudit(db, template, { personId: PEOPLE[1] }, alex, at(3));
  const section = { grade: 'good', justification: 'Seen alone.', complete: true };
  await updateSection(db, one.id, 'voice-of-the-child', section, { now: at(3) });
  await createObservation(
    db,
    {
      fields: fields({ auditId: one.id, sectionId: 'voice-of-the-child', grade: 'good', followUp: 'Share.' }),
      target: quoted(0, PEOPLE[0]),
      author: sam,
    },
    at(4),
  );
  await createObservation(
    db,
    {
      fields: fields({
        auditId: two.id,
        sectionId: 'assessment',
        kind: 'concern',
        grade: 'requires-improvement',
        comment: `Discussed with ${sam} about ${PEOPLE[1]}: ${AWKWARD}`,
        factors: [{ factor: 'human-tool', subItem: 'assessment-forms' }, { factor: 'judgement' }],
        evidence: [
          { kind: 'friction-field', ref: `${ORIGIN}|/person/${PEOPLE[1]}/x|form|reason`, summary: 'x' },
        ],
      }),
      target: quoted(1, PEOPLE[1]),
      author: alex,
    },
    at(5),
  );
  for (const [index, hostile] of HOSTILE.entries()) {
    await createObservation(
      db,
      { fields: fields({ kind: 'question', comment: hostile }), target: fieldTarget(PEOPLE[0]), author: sam },
      at(6, index),
    );
  }
  await createNote(
    db,
    {
      text: `Chronology is thin; ${NAMES[3]} to review.`,
      context: { ...page(PEOPLE[0]), title: 'x' },
      author: sam,
    },
    at(7),
  );
  await createFlag(
    db,
    {
      category: 'duplicate-entry',
      severity: 'high',
      minutesLost: 15,
      comment: 'Typed it twice',
      workaround: 'Copy',
    },
    quoted(1, PEOPLE[1]),
    jo,
    at(8),
  );
  await createFlag(
    db,
    { category: 'timeout-lost-work', severity: 'medium' },
    fieldTarget(PEOPLE[0]),
    jo,
    at(9),
  );
  const zero = { focus: 3, returns: 1, dwellMs: 500, corrections: 2, pastes: 0, invalid: 1, abandoned: 0 };
  const counts = { ...zero, rageClicks: 0, deadClicks: 0 };
  await applyBatch(
    db,
    {
      id: crypto.randomUUID(),
      at: at(8).toISOString(),
      fields: [{ form: 'f', field: 'reason', tag: 'textarea', name: 'reason', label: 'Reason', ...counts }],
      page: { errorSummaries: 1, timeoutWarnings: 0, unsavedExits: 0, submits: 1 },
    },
    { origin: ORIGIN, screen: `/person/${COUNTER_ONLY_PERSON}/contacts` },
    'device-test',
  );
  return { auditIds: [one.id, two.id] };
}

/**
 * Adds 23 observations sharing creation times three by three, some citing an audit that does not
 * exist, an audit whose auditor is another spelling of the first audit's (started at the same time),
 * and a note and a flag per person: the cases where a paged export could lose or reorder records.
 */
export async function addTies(db: AppDB, auditIds: string[]): Promise<void> {
  const audits = [...auditIds, crypto.randomUUID(), null];
  const records = Array.from({ length: 23 }, (_, index) => {
    const created = new Date(Date.UTC(2026, 10, 10, 9, Math.floor(index / 3))).toISOString();
    const target = { page: page(PEOPLE[index % 2]!), selectors: [], quote: `quoted ${index}` };
    return ObservationSchema.parse({
      ...fields({
        auditId: audits[index % audits.length],
        sectionId: index % 2 ? 'assessment' : 'voice-of-the-child',
        grade: index % 3 ? 'good' : undefined,
        kind: index % 4 ? 'strength' : 'concern',
        comment: `Seen by ${NAMES[index % 3]} with ${PEOPLE[0]} (${index})`,
      }),
      id: crypto.randomUUID(),
      target,
      pageKey: pageKey(target.page),
      author: NAMES[index % 2]!,
      createdAt: created,
      updatedAt: created,
    });
  });
  await db.observations.bulkAdd(records);
  // Which spelling's pseudonym replaces the name inside free text depends on the order names are met,
  // and audits with equal start times keep the order they were read in.
  await startAudit(db, template, { personId: PEOPLE[1] }, NAMES[0].toUpperCase(), at(2));
  for (const person of PEOPLE) {
    await createNote(
      db,
      { text: `Note on ${person}`, context: { ...page(person), title: 'x' }, author: NAMES[2] },
      at(11, 0),
    );
    await createFlag(
      db,
      { category: 'duplicate-entry', severity: 'low' },
      { page: page(person), selectors: [] },
      NAMES[2],
      at(11, 0),
    );
  }
}

/**
 * Adds a conversation: a QA lead's reply on the first observation, and on the second (a concern about
 * PEOPLE[1]) a practitioner's reply naming the auditor and the child, the auditor's answer, then the
 * practitioner's edit of their reply. Written through storage, after everything else (so the fixed ids
 * of the other records stay as they were).
 */
export async function addReplies(db: AppDB): Promise<void> {
  const [sam, alex, jo, quinn] = NAMES;
  const [first, second] = await db.observations.orderBy('createdAt').limit(2).toArray();
  await createReply(
    db,
    {
      observationId: first!.id,
      text: 'Good example for practice week.',
      author: quinn,
      authorRole: 'qa-lead',
    },
    at(4, 15),
  );
  const answer = await createReply(
    db,
    {
      observationId: second!.id,
      text: `${sam}: ${PEOPLE[1]} was seen at school; the note is on the visits screen.`,
      author: jo,
      authorRole: 'practitioner',
    },
    at(5, 11),
  );
  await createReply(
    db,
    { observationId: second!.id, text: `Thanks ${jo}, found it.`, author: alex, authorRole: 'auditor' },
    at(5, 12),
  );
  await updateReply(
    db,
    answer.id,
    `${sam}: ${PEOPLE[1]} was seen alone at school; the note is on the visits screen.`,
    answer.updatedAt,
    jo,
    at(5, 13),
  );
}

/** The `n`th fixed id: a valid version-4 UUID. */
export const fixedId = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/**
 * Seeds `db` with `seed` and `addTies`, every id fixed (the nth id made is `fixedId(n)`) and every time
 * given: the same records, byte for byte, on every run. Returns the audits' ids.
 */
export async function seedFixed(db: AppDB): Promise<{ auditIds: string[] }> {
  let made = 0;
  const ids = vi
    .spyOn(crypto, 'randomUUID')
    .mockImplementation(() => fixedId(++made) as ReturnType<typeof crypto.randomUUID>);
  try {
    const seeded = await seed(db);
    await addTies(db, seeded.auditIds);
    await addReplies(db);
    return seeded;
  } finally {
    ids.mockRestore();
  }
}

/** The export request of the tests: everything, no privacy options, by NAMES[3], at a fixed time. */
export const REQUEST: ExportRequest = {
  format: 'margin-json',
  filters: {},
  options: { redactQuotes: false, pseudonymise: false },
  exportedBy: NAMES[3],
  generatorVersion: '0.1.0',
  now: new Date('2026-11-30T12:00:00.000Z'),
};

/**
 * One export in every format, as the dashboard makes it (exportFile), as text; `bundle` is the Margin
 * JSON file parsed. Without `key`, pseudonymising uses the profile's stored key, the same for all three.
 */
export async function exportAll(db: AppDB, request: Partial<ExportRequest> = {}) {
  // Decoded keeping the CSV's byte-order mark (Blob.text() would drop it).
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const text = async (format: ExportFormat) =>
    decoder.decode(await (await exportFile(db, { ...REQUEST, ...request, format })).blob.arrayBuffer());
  const json = await text('margin-json');
  return {
    bundle: JSON.parse(json) as MarginBundle,
    json,
    jsonLd: await text('json-ld'),
    csv: await text('csv'),
  };
}
