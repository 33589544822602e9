// "My assigned cases": the auditor's own assignments from the packs on this device, with status from
// their audits, overdue marked, and the pack stored whole (a newer pack replaces an older one).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPack } from '@/lib/rounds/pack';
import { caseOnScreen, myCases } from '@/lib/rounds/my-cases';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import { AppDB } from '@/lib/storage/db';
import { listPacks, savePack } from '@/lib/storage/round-packs';
import type { RoundPack } from '@/lib/rounds/pack-schema';
import { candidate } from './support';

const template = BUILTIN_TEMPLATES[0]!;
const round = {
  id: '0b4d3c1e-2f6a-4c8b-9d0e-1f2a3b4c5d6e',
  name: 'Winter round',
  theme: 'Voice of the child',
  purpose: '',
  templateId: template.id,
  opensOn: '2026-12-01',
  closesOn: '2027-01-31',
  status: 'open' as const,
  owner: 'QA lead',
};
const auditors = [
  { id: 'A1', name: 'Sam Patel', team: 'QA', role: 'qa-officer' as const, capacity: 5 },
  { id: 'A2', name: 'Jo Okafor', team: 'South', role: 'peer' as const, capacity: 5 },
];
const assignment = (n: number, caseId: string, auditorId: string, dueOn: string) => ({
  id: `0b4d3c1e-2f6a-4c8b-9d0e-00000000000${n}`,
  roundId: round.id,
  caseId,
  auditorId,
  dueOn,
  mode: 'desk' as const,
  status: 'not-started' as const,
});
const assignments = [
  assignment(1, 'P1', 'A1', '2027-01-10'),
  assignment(2, 'P2', 'A1', '2026-12-05'),
  assignment(3, 'P3', 'A2', '2027-01-10'),
];
const candidates = ['P1', 'P2', 'P3'].map((id) => candidate(id, 'North', 'W1'));
const pack = (forAuditor: string | null, now = '2026-12-01T09:00:00.000Z') =>
  buildPack({ round, template, forAuditor, assignments, auditors, candidates, now });

describe('my assigned cases', () => {
  it("lists the auditor's cases from a pack made for them, soonest due first, overdue marked", async () => {
    const cases = myCases([await pack('A1')], [], 'Sam Patel', '2026-12-07');
    expect(cases.map((c) => [c.caseId, c.status, c.overdue])).toEqual([
      ['P2', 'not-started', true],
      ['P1', 'not-started', false],
    ]);
  });

  it("from a pack of the whole round, only the rows of the auditor's name", async () => {
    expect(myCases([await pack(null)], [], 'jo  okafor', '2026-12-07').map((c) => c.caseId)).toEqual(['P3']);
    expect(myCases([await pack(null)], [], '', '2026-12-07')).toEqual([]);
  });

  it('takes status from the audit started for the assignment; a finished one is never overdue', async () => {
    const audit = (status: 'in-progress' | 'finished', id: string) => ({
      id: crypto.randomUUID(),
      status,
      caseRef: { personId: 'P2' },
      roundId: round.id,
      assignmentId: id,
    });
    const cases = myCases([await pack('A1')], [audit('finished', assignments[1]!.id)], 'Sam', '2026-12-07');
    expect(cases.find((c) => c.caseId === 'P2')).toMatchObject({ status: 'finished', overdue: false });
    expect(caseOnScreen(cases, 'p1')?.caseId).toBe('P1');
    expect(caseOnScreen(cases, undefined)).toBeNull();
  });
});

describe('stored round packs', () => {
  let db: AppDB;
  beforeEach(() => {
    db = new AppDB(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('stores a pack once; a newer pack of the round replaces it; an older one does not', async () => {
    const first: RoundPack = await pack('A1');
    expect(await savePack(db, first)).toBe('new');
    expect(await savePack(db, first)).toBe('same');
    const newer = await pack('A1', '2026-12-03T09:00:00.000Z');
    expect(await savePack(db, newer)).toBe('newer');
    expect(await savePack(db, first)).toBe('older');
    expect((await listPacks(db)).map((p) => p.pack.createdAt)).toEqual(['2026-12-03T09:00:00.000Z']);
  });
});
