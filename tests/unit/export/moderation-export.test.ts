// Moderation records in the Margin JSON export: each round carries the records of the file's audits
// (both grades, the agreed outcome and its rationale), pseudonymised like the rest of the file (first
// auditor and moderator as names, names in the rationale replaced), stated in the personal-data
// statement; a filtered file keeps only its audits' records; import leaves them out and loses nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/storage/db';
import { exportFile } from '@/lib/export/export-file';
import { MarginBundleSchema, type MarginBundle } from '@/lib/export/bundle-schema';
import { importPseudonymKey, pseudonym } from '@/lib/export/pseudonym';
import { importFiles } from '@/lib/export/import/import-many';
import type { ModerationRecord } from '@/lib/model/moderation';
import { REQUEST } from './fixtures';
import * as fx from '../rounds/report-fixture';

const record: ModerationRecord = {
  auditId: fx.finishedAudit.id,
  roundId: fx.round.id,
  auditor: 'Ana Auditor',
  moderator: 'Mo Derator',
  templateId: fx.finishedAudit.templateId,
  templateVersion: fx.finishedAudit.templateVersion,
  first: { sections: { chronology: 'good' }, overall: 'good' },
  second: { sections: { chronology: 'requires-improvement' }, overall: 'requires-improvement' },
  gradedAt: '2026-07-20T10:00:00.000Z',
  agreed: {
    overall: 'requires-improvement',
    sections: {},
    rationale: 'Ana Auditor agreed the plan had lapsed.',
    agreedAt: '2026-07-21T10:00:00.000Z',
  },
};

let db: AppDB;
let key: CryptoKey;
beforeEach(async () => {
  db = new AppDB(`export-moderation-${crypto.randomUUID()}`);
  key = await importPseudonymKey('5a'.repeat(32));
  await db.rounds.add(fx.round);
  await db.roundAssignments.bulkAdd(fx.assignments);
  await db.audits.bulkAdd([fx.finishedAudit, fx.openAudit, fx.otherAudit]);
  await db.moderations.bulkAdd([record, { ...record, auditId: fx.openAudit.id, agreed: undefined }]);
});
afterEach(() => db.delete());

const exported = async (request: Partial<typeof REQUEST> = {}) => {
  const file = await exportFile(db, { ...REQUEST, ...request, key });
  const text = await file.blob.text();
  return { text, bundle: MarginBundleSchema.parse(JSON.parse(text)) as MarginBundle };
};

describe('moderation records in the Margin JSON export', () => {
  it('carries both grades and the agreed outcome with the round, and says so', async () => {
    const { bundle } = await exported();
    const records = bundle.rounds![0]!.moderations!;
    expect(records).toHaveLength(2);
    expect(records.find((r) => r.auditId === record.auditId)).toEqual(record);
    expect(bundle.personalData.summary).toContain('2 moderation records');
    expect(bundle.personalData.summary).toContain('naming the first auditor and the moderator');
  });

  it('pseudonymises the first auditor, the moderator and names in the rationale', async () => {
    const { bundle, text } = await exported({ options: { redactQuotes: false, pseudonymise: true } });
    for (const name of ['Ana Auditor', 'Mo Derator']) expect(text).not.toContain(name);
    const exportedRecord = bundle.rounds![0]!.moderations!.find((r) => r.auditId === record.auditId)!;
    const ana = await pseudonym(key, 'author', 'Ana Auditor');
    expect(exportedRecord.auditor).toBe(ana);
    expect(exportedRecord.moderator).toBe(await pseudonym(key, 'author', 'Mo Derator'));
    expect(exportedRecord.agreed!.rationale).toBe(`${ana} agreed the plan had lapsed.`);
    expect(exportedRecord.first).toEqual(record.first);
    expect(exportedRecord.second).toEqual(record.second);
    expect(bundle.personalData.summary).toContain('the first auditor and the moderator pseudonymised');
  });

  it("keeps only the records of the file's audits when filtered", async () => {
    const one = await exported({ filters: { personId: fx.drawn[0]! } });
    expect(one.bundle.rounds![0]!.moderations!.map((r) => r.auditId)).toEqual([record.auditId]);
  });

  it('imports elsewhere without the moderation records, and nothing else is lost', async () => {
    const { text } = await exported();
    const other = new AppDB(`import-moderation-${crypto.randomUUID()}`);
    const [outcome] = await importFiles(other, [{ fileName: 'round.margin.json', text }]);
    expect(outcome?.ok).toBe(true);
    expect(await other.audits.count()).toBe(3);
    expect(await other.moderations.count()).toBe(0);
    await other.delete();
  });
});
