import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/storage/db';
import { MarginBundleSchema } from '@/lib/export/bundle-schema';
import { CSV_COLUMNS } from '@/lib/export/csv';
import { exportFile } from '@/lib/export/export-file';
import { JSON_LD_CONTEXT, MARGIN_NS } from '@/lib/export/json-ld-context';
import { addReplies, AWKWARD, exportAll, HOSTILE, NAMES, seed } from './fixtures';

const schema = JSON.parse(
  readFileSync(new URL('../../../docs/export/margin-bundle.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
const validate = ajv.compile(schema);

let db: AppDB;
beforeEach(async () => {
  db = new AppDB(`export-${crypto.randomUUID()}`);
  await seed(db);
});
afterEach(() => db.delete());

describe('Margin JSON', () => {
  it('validates against the published JSON Schema, with and without the privacy options', async () => {
    await addReplies(db);
    for (const options of [
      { redactQuotes: false, pseudonymise: false },
      { redactQuotes: true, pseudonymise: true },
    ]) {
      const { json } = await exportAll(db, { options, filters: { dateFrom: '2026-11-01' } });
      const parsed = JSON.parse(json);
      expect(parsed.replies).toHaveLength(3);
      expect(validate(parsed), ajv.errorsText(validate.errors)).toBe(true);
      expect(MarginBundleSchema.parse(parsed)).toEqual(parsed);
    }
  });

  it('the schema refuses what Margin would never write', () => {
    expect(validate({ schemaVersion: 2 })).toBe(false);
  });

  it('exportFile returns a Blob with a dated file name, its counts and its statement', async () => {
    await addReplies(db);
    const result = await exportFile(db, {
      format: 'margin-json',
      filters: {},
      options: { redactQuotes: false, pseudonymise: false },
      exportedBy: NAMES[3],
      generatorVersion: '0.1.0',
      now: new Date('2026-11-30T12:00:00.000Z'),
    });
    expect(result.filename).toBe('margin-export-2026-11-30.margin.json');
    const { exportFileName } = await import('@/lib/export/export-file');
    const at = '2026-11-30T12:00:00.000Z';
    const names = [false, true].flatMap((pseudonymise) =>
      [false, true].map((redactQuotes) =>
        exportFileName(at, { format: 'csv', options: { pseudonymise, redactQuotes } }),
      ),
    );
    expect(names).toEqual([
      'margin-export-2026-11-30.csv',
      'margin-export-2026-11-30-without-quotes.csv',
      'margin-export-2026-11-30-pseudonymised.csv',
      'margin-export-2026-11-30-pseudonymised-without-quotes.csv',
    ]);
    expect(result.blob.type).toBe('application/json');
    const file = JSON.parse(await result.blob.text());
    expect(result.personalData).toEqual(file.personalData);
    expect(result.counts).toEqual({
      audits: 2,
      observations: 7,
      replies: 3,
      notes: 1,
      templates: 1,
      frictionFlags: 2,
      frictionCounters: 2,
    });
  });
});

describe('JSON-LD', () => {
  it('is an AnnotationCollection of Web Annotations with purposeful bodies and alternative selectors', async () => {
    const { jsonLd } = await exportAll(db);
    const collection = JSON.parse(jsonLd);
    expect(collection['@context']).toEqual(JSON_LD_CONTEXT);
    expect(collection['@context'][1].margin).toBe(MARGIN_NS);
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 10 });
    expect(collection.id).toMatch(/^urn:uuid:/);
    expect(collection['margin:personalData']['margin:contains']).toContain('quoted case-record text');
    const page = collection.first;
    expect(page).toMatchObject({ type: 'AnnotationPage', partOf: collection.id, startIndex: 0 });
    expect(page.next).toBeUndefined();
    expect(collection.last).toBe(page.id);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON-LD, checked field by field below
    const items: Record<string, any>[] = page.items;
    expect(items.map((a) => a['margin:recordType'])).toEqual([
      ...Array(7).fill('observation'),
      'note',
      'friction-flag',
      'friction-flag',
    ]);
    const [graded, concern] = items;
    expect(graded).toMatchObject({
      type: 'Annotation',
      motivation: 'assessing',
      creator: { type: 'Person', name: NAMES[0] },
    });
    expect(graded!.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(graded!.body.map((b: { purpose: string }) => b.purpose)).toEqual([
      'commenting',
      'classifying',
      'tagging',
      'assessing',
    ]);
    expect(graded!.body[3]).toMatchObject({ type: 'TextualBody', value: 'Good', 'margin:grade': 'good' });
    expect(graded!.body[2]).toMatchObject({
      value: "Family-professional interaction: The child's voice",
      'margin:factor': 'family-professional',
    });
    expect(graded!.target.source).toBe('https://lcs.northbury.gov.uk/person/P123456/assessment/S-99812');
    expect(graded!.target.selector.map((s: { type: string }) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
      'CssSelector',
    ]);
    expect(graded).toMatchObject({
      'margin:sectionId': 'voice-of-the-child',
      'margin:evidenceSource': 'case-record',
    });
    expect(graded!.target).toMatchObject({ 'margin:personId': 'P123456', 'margin:stepId': 'S-99812' });
    expect(concern!.body[0].value).toContain(AWKWARD);
    const field = items[2]!;
    expect(field.motivation).toBe('commenting');
    expect(field.target.selector[1]).toEqual({
      type: 'margin:FieldSelector',
      'margin:tag': 'textarea',
      'margin:name': 'reason',
      'margin:elementId': 'reason',
      'margin:label': 'Reason for referral',
    });
    const flag = items[8]!;
    expect(flag).toMatchObject({
      motivation: 'commenting',
      'margin:frictionCategory': 'duplicate-entry',
      'margin:minutesLost': 15,
    });
    expect(flag.body.map((b: { purpose: string }) => b.purpose)).toEqual(['commenting', 'classifying']);
  });
});

describe('CSV', () => {
  it('starts with a BOM and the header, then the "about this file" row', async () => {
    const { csv, bundle } = await exportAll(db);
    expect(csv.startsWith('\uFEFFtype,id,audit,person ID,')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const about = rows[1]!;
    expect(about[0]).toBe('about this file');
    expect(about[CSV_COLUMNS.indexOf('comment')]).toContain(bundle.personalData.summary);
    expect(rows.slice(2).map((row) => row[0])).toEqual([
      ...Array(7).fill('observation'),
      'note',
      'friction flag',
      'friction flag',
    ]);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('escapes formula-like cells and round-trips quotes, commas and newlines', async () => {
    const { csv } = await exportAll(db);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const comments = rows.map((row) => row.comment);
    for (const hostile of HOSTILE) {
      expect(comments).toContain(`'${hostile}`);
      expect(comments).not.toContain(hostile);
    }
    expect(comments.some((c) => c?.endsWith(AWKWARD))).toBe(true);
    const concern = rows.find((row) => row.kind === 'Concern')!;
    expect(concern).toMatchObject({
      grade: 'Requires improvement',
      section: 'Assessment and analysis of need and risk',
      'contributory factors':
        'Human-tool operation: Influence of assessment forms; Human judgement and reasoning',
      'created (UTC)': '2026-11-05 10:00:00',
    });
    const flag = rows.find((row) => row.type === 'friction flag')!;
    expect(flag).toMatchObject({
      category: 'Duplicate entry (typing the same thing again)',
      'minutes lost': '15',
    });
  });

  it('escapes a formula even when a line break follows it', async () => {
    const [first] = await db.observations.orderBy('createdAt').limit(1).toArray();
    await db.observations.put({ ...first!, comment: '=1+1\nsecond line' });
    const { csv } = await exportAll(db);
    expect(csv).toContain(`"'=1+1\nsecond line"`);
  });
});
