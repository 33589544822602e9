// Findings in the Margin JSON export: carried in an export of everything and said so in the personal-data
// statement; pseudonymised with the rest of the file (author and names in the QA lead's words); imported
// back whole into another profile (a later version replaces an earlier one, never the reverse); and a
// file with one malformed finding is refused whole, writing nothing at all.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/storage/db';
import { exportFile } from '@/lib/export/export-file';
import { MarginBundleSchema, type MarginBundle } from '@/lib/export/bundle-schema';
import { importPseudonymKey } from '@/lib/export/pseudonym';
import { importFiles } from '@/lib/export/import/import-many';
import type { Finding } from '@/lib/model/finding';
import { REQUEST } from './fixtures';
import * as fx from '../rounds/report-fixture';

const finding: Finding = {
  id: '7f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
  statement: `Forms crowd out analysis: ${fx.finishedAudit.auditor} saw it in every case.`,
  pattern: { factor: 'human-tool', subItem: 'assessment-forms' },
  evidence: fx.observations.map((o) => ({ kind: 'observation' as const, id: o.id })),
  widespread: { judgement: 'widespread' },
  whyItMatters: 'Reasons for decisions are lost.',
  questions: ['Who owns the form?'],
  actions: [{ text: 'Review the form', owner: 'Head of service', dueOn: '2027-03-31' }],
  scope: { from: '2026-01-01', to: '2026-12-31' },
  status: 'agreed',
  author: 'Quinn Lead',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
};

let db: AppDB;
let key: CryptoKey;
beforeEach(async () => {
  db = new AppDB(`export-findings-${crypto.randomUUID()}`);
  key = await importPseudonymKey('5a'.repeat(32));
  await db.audits.bulkAdd([fx.finishedAudit]);
  await db.observations.bulkAdd(fx.observations.filter((o) => o.auditId === fx.finishedAudit.id));
  await db.findings.add(finding);
});
afterEach(() => db.delete());

const exported = async (request: Partial<typeof REQUEST> = {}) => {
  const file = await exportFile(db, { ...REQUEST, ...request, key });
  const text = await file.blob.text();
  return { text, bundle: MarginBundleSchema.parse(JSON.parse(text)) as MarginBundle };
};

describe('findings in the Margin JSON export', () => {
  it('carries every finding in an export of everything, and says so', async () => {
    const { bundle } = await exported();
    expect(bundle.findings).toEqual([finding]);
    expect(bundle.personalData.summary).toContain('It holds 1 finding written by the QA lead');
  });

  it('pseudonymises the author and the names in the finding’s words', async () => {
    const { text, bundle } = await exported({ options: { redactQuotes: false, pseudonymise: true } });
    expect(bundle.findings?.[0]?.author).toMatch(/^author-[0-9a-f]{12}$/);
    expect(text).not.toContain('Quinn Lead');
    expect(bundle.findings?.[0]?.statement).not.toContain(fx.finishedAudit.auditor);
  });

  it('imports back whole; a later version wins; a malformed finding refuses the whole file', async () => {
    const { text } = await exported();
    const other = new AppDB(`import-findings-${crypto.randomUUID()}`);
    try {
      const [outcome] = await importFiles(other, [{ fileName: 'a.margin.json', text }]);
      expect(outcome?.ok).toBe(true);
      expect(await other.findings.toArray()).toEqual([finding]);
      // An older copy of the finding does not replace the stored one; a later one does.
      const older = JSON.parse(text) as MarginBundle;
      older.findings = [{ ...finding, statement: 'Older words.', updatedAt: '2026-11-01T12:00:00.000Z' }];
      older.exportedAt = '2026-11-30T12:00:01.000Z';
      await importFiles(other, [{ fileName: 'older.margin.json', text: JSON.stringify(older) }]);
      expect((await other.findings.get(finding.id))?.statement).toBe(finding.statement);
      older.findings = [{ ...finding, statement: 'Later words.', updatedAt: '2026-11-03T10:00:00.000Z' }];
      older.exportedAt = '2026-11-30T12:00:02.000Z';
      await importFiles(other, [{ fileName: 'later.margin.json', text: JSON.stringify(older) }]);
      expect((await other.findings.get(finding.id))?.statement).toBe('Later words.');
    } finally {
      await other.delete();
    }
    const bad = JSON.parse(text) as MarginBundle;
    bad.findings = [{ ...finding, statement: '' }];
    const empty = new AppDB(`import-bad-findings-${crypto.randomUUID()}`);
    try {
      const [outcome] = await importFiles(empty, [
        { fileName: 'bad.margin.json', text: JSON.stringify(bad) },
      ]);
      expect(outcome?.ok).toBe(false);
      expect(JSON.stringify(outcome)).toContain('findings');
      expect(await empty.audits.count()).toBe(0);
      expect(await empty.findings.count()).toBe(0);
    } finally {
      await empty.delete();
    }
  });
});
