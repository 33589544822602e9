// Audit rounds in the Margin JSON export: the round, its sample with seed and exclusions, auditors,
// assignments and the round report; pseudonymised like the rest of the file; only the rounds of the
// file's audits when filtered; stated in the personal-data statement; and a file with rounds imports
// cleanly into another profile, bringing in exactly what the same file without rounds brings.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/storage/db';
import { exportFile } from '@/lib/export/export-file';
import { MarginBundleSchema, type MarginBundle } from '@/lib/export/bundle-schema';
import { importPseudonymKey, pseudonym } from '@/lib/export/pseudonym';
import { importFiles } from '@/lib/export/import/import-many';
import { caseKey, refKey } from '@/lib/model/round';
import { REQUEST } from './fixtures';
import * as fx from '../rounds/report-fixture';

let db: AppDB;
let key: CryptoKey;
beforeEach(async () => {
  db = new AppDB(`export-rounds-${crypto.randomUUID()}`);
  key = await importPseudonymKey('5a'.repeat(32));
  const { input } = fx;
  await db.rounds.add(input.round);
  await db.roundPlans.put({
    roundId: input.round.id,
    list: {
      source: 'pasted list',
      count: 6,
      columns: {},
      attributes: [],
      importedAt: '2026-07-01T09:00:00.000Z',
    },
    sample: { spec: fx.spec, drawnOn: '2026-07-01', result: input.sample!.result },
  });
  await db.roundCandidates.bulkAdd(
    fx.candidates.map((candidate, row) => ({
      roundId: fx.round.id,
      key: caseKey(candidate.caseId),
      row,
      candidate,
    })),
  );
  await db.roundAuditors.bulkAdd(
    fx.auditors.map((auditor, row) => ({ roundId: fx.round.id, key: refKey(auditor.id), row, auditor })),
  );
  await db.roundAssignments.bulkAdd(fx.assignments);
  await db.audits.bulkAdd([fx.finishedAudit, fx.openAudit, fx.otherAudit]);
  await db.observations.bulkAdd(fx.observations);
  await db.frictionFlags.bulkAdd(fx.flags.map((f) => ({ ...f, screenRef: `${f.target.page.origin}|x` })));
});
afterEach(() => db.delete());

const exported = async (request: Partial<typeof REQUEST> = {}) => {
  const file = await exportFile(db, { ...REQUEST, ...request, key });
  const text = await file.blob.text();
  return { text, bundle: MarginBundleSchema.parse(JSON.parse(text)) as MarginBundle };
};

describe('rounds in the Margin JSON export', () => {
  it('carries the round, its sample, auditors, assignments and report', async () => {
    const { bundle } = await exported();
    expect(bundle.rounds).toHaveLength(1);
    const [round] = bundle.rounds!;
    expect(round!.round).toEqual(fx.round);
    expect(round!.sample).toMatchObject({ seed: 'TEST-SEED', candidates: 6, target: 3, drawn: fx.drawn });
    expect(round!.sample!.leftOut).toHaveLength(3);
    expect(round!.sample!.leftOut[0]!.reason).toBeTruthy();
    const byId = (list: { id: string }[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(round!.assignments)).toEqual(byId(fx.assignments));
    expect(round!.report.audits).toEqual({ total: 2, finished: 1, observations: 2 });
    expect(bundle.personalData.summary).toContain('1 audit round');
  });

  it('pseudonymises rounds like the rest of the file, and says so', async () => {
    const { bundle, text } = await exported({ options: { redactQuotes: false, pseudonymise: true } });
    for (const name of ['Quinn Lead', 'Ana Auditor', 'Ben Auditor', 'Wendy Holder', ...fx.drawn])
      expect(text).not.toContain(name);
    const [round] = bundle.rounds!;
    const person = await pseudonym(key, 'person', fx.drawn[0]!);
    expect(round!.assignments.find((a) => a.id === fx.assignments[0]!.id)!.caseId).toBe(person);
    // The same pseudonym as the audit of that case elsewhere in the file.
    expect(bundle.audits.map((a) => a.caseRef.personId)).toContain(person);
    expect(round!.auditors[0]!.name).toBe(await pseudonym(key, 'author', 'Ana Auditor'));
    expect(round!.sample!.leftOut.every((l) => l.reason === undefined)).toBe(true);
    expect(bundle.personalData.contains).toContain('pseudonymised author names');
    expect(bundle.personalData.summary).toContain('case holders and the owner pseudonymised');
  });

  it('carries only the rounds of its audits when filtered, summarised from those audits', async () => {
    const none = await exported({ filters: { personId: 'P999' } });
    expect(none.bundle.rounds).toBeUndefined();
    const one = await exported({ filters: { personId: fx.drawn[0]! } });
    expect(one.bundle.rounds?.[0]?.report.audits).toEqual({ total: 1, finished: 1, observations: 1 });
  });

  it('imports cleanly elsewhere: rounds are not brought back, and nothing else is lost', async () => {
    const withRounds = await exported();
    const { rounds: _rounds, ...without } = JSON.parse(withRounds.text) as MarginBundle;
    const into = async (text: string) => {
      const other = new AppDB(`import-rounds-${crypto.randomUUID()}`);
      const [outcome] = await importFiles(other, [{ fileName: 'return.margin.json', text }]);
      const stored = {
        audits: await other.audits.toArray(),
        observations: await other.observations.toArray(),
      };
      const rounds = await other.rounds.count();
      await other.delete();
      return { outcome, stored, rounds };
    };
    const a = await into(withRounds.text);
    const b = await into(JSON.stringify(without));
    expect(a.outcome?.ok).toBe(true);
    expect(a.stored.audits).toHaveLength(3);
    expect(a.stored).toEqual(b.stored);
    expect(a.rounds).toBe(0);
  });
});
