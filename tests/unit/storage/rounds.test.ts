import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/storage/db';
import { createRound, listRounds, moveRound, updateRound, type RoundFields } from '@/lib/storage/rounds';
import {
  auditHistory,
  drawRoundSample,
  importCandidates,
  roundCandidates,
  roundPlan,
} from '@/lib/storage/round-sample';
import {
  addAuditors,
  assignAutomatically,
  chooseAuditor,
  removeAuditor,
  roundAssignments,
  roundAuditors,
  updateAssignment,
} from '@/lib/storage/round-assign';
import { roundPackFile, slug } from '@/lib/storage/round-pack';
import { verifyPack } from '@/lib/rounds/pack';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import { refKey, type Auditor } from '@/lib/model/round';
import type { Audit } from '@/lib/model/audit';

const TEMPLATE = BUILTIN_TEMPLATES[0]!;
const FIELDS: RoundFields = {
  name: 'Voice of the child, Q3',
  theme: 'Voice of the child',
  purpose: 'Is the child heard?',
  templateId: TEMPLATE.id,
  opensOn: '2026-07-01',
  closesOn: '2026-09-30',
  owner: 'QA lead',
};
const TEAMS = ['North', 'South', 'East'];
/** 40 cases P1000..P1039 across three teams and eight case holders. */
const CSV = [
  'Case ID,Team,Case holder,Age band',
  ...Array.from(
    { length: 40 },
    (_, i) => `P${1000 + i},${TEAMS[i % 3]},W${(i % 8) + 1},${i % 2 ? '0-4' : '5-10'}`,
  ),
].join('\n');
const AUDITORS: Auditor[] = [
  { id: 'A1', name: 'Ana North', team: 'North', role: 'team-manager', capacity: 5 },
  { id: 'A2', name: 'Ben South', team: 'South', role: 'peer', capacity: 5 },
  { id: 'A3', name: 'Cat East', team: 'East', role: 'qa-officer', capacity: 5 },
];
const TODAY = '2026-06-15';

let db: AppDB;
beforeEach(() => {
  db = new AppDB(`rounds-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

async function plannedRound() {
  const created = await createRound(db, FIELDS);
  if (!created.ok) throw new Error(created.problems.join(' '));
  return created.value;
}

async function sampledRound(count = 12) {
  const round = await plannedRound();
  expect((await importCandidates(db, round.id, CSV, 'cases.csv')).ok).toBe(true);
  const drawn = await drawRoundSample(
    db,
    round.id,
    { size: { kind: 'count', count }, seed: 'Q3 2026' },
    TODAY,
  );
  if (!drawn.ok) throw new Error(drawn.problems.join(' '));
  return round;
}

describe('rounds', () => {
  it('plans a round in planning status, and refuses one that closes before it opens, writing nothing', async () => {
    const round = await plannedRound();
    expect(round.status).toBe('planning');
    const refused = await createRound(db, { ...FIELDS, name: ' ', closesOn: '2026-06-01' });
    expect(refused).toEqual({
      ok: false,
      problems: ['Enter the round name.', 'The round must close on or after the day it opens.'],
    });
    expect(await listRounds(db)).toEqual([round]);
  });

  it('changes the plan only while planning, and opens only when every drawn case has an auditor', async () => {
    const round = await sampledRound();
    expect((await updateRound(db, round.id, { ...FIELDS, theme: 'Neglect' })).ok).toBe(true);
    expect(await moveRound(db, round.id, 'closed')).toMatchObject({
      ok: false,
      problems: ['A round that is planning can move only to open.'],
    });
    expect(await moveRound(db, round.id, 'open')).toEqual({
      ok: false,
      problems: ['12 of the 12 cases have no auditor: assign them first.'],
    });
    await addAuditors(db, round.id, AUDITORS);
    expect((await assignAutomatically(db, round.id, 'desk')).ok).toBe(true);
    expect(await moveRound(db, round.id, 'open')).toMatchObject({
      ok: true,
      value: { status: 'open', theme: 'Neglect' },
    });
    expect((await updateRound(db, round.id, FIELDS)).ok).toBe(false);
    expect((await importCandidates(db, round.id, CSV)).ok).toBe(false);
    expect((await assignAutomatically(db, round.id, 'desk')).ok).toBe(false);
    expect((await db.rounds.get(round.id))?.theme).toBe('Neglect');
  });
});

describe('candidates and sample', () => {
  it('stores a list with its columns, and refuses a list with a missing column or a repeated case, keeping the old one', async () => {
    const round = await plannedRound();
    const stored = await importCandidates(db, round.id, CSV, 'cases.csv');
    expect(stored).toMatchObject({
      ok: true,
      value: {
        list: {
          source: 'cases.csv',
          count: 40,
          columns: { caseId: 'Case ID', team: 'Team', caseHolder: 'Case holder', ageBand: 'Age band' },
        },
      },
    });
    const before = await roundCandidates(db, round.id);
    const missing = await importCandidates(db, round.id, 'Case ID,Team\nP1,North\n');
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.problems.join(' ')).toMatch(/case holder/);
    const twice = await importCandidates(
      db,
      round.id,
      'Case ID,Team,Case holder\nP1,North,W1\np1 ,South,W2\n',
    );
    expect(twice.ok).toBe(false);
    expect(!twice.ok && twice.problems.join(' ')).toMatch(/rows 2 and 3/);
    expect(await roundCandidates(db, round.id)).toEqual(before);
    expect((await roundPlan(db, round.id)).list?.count).toBe(40);
  });

  it('draws the same sample again from the same seed and leaves out cases audited within the months given', async () => {
    const round = await plannedRound();
    await importCandidates(db, round.id, CSV);
    const audit: Audit = {
      id: crypto.randomUUID(),
      templateId: TEMPLATE.id,
      templateVersion: TEMPLATE.version,
      caseRef: { personId: 'p1003' },
      auditor: 'X',
      status: 'finished',
      sections: {},
      startedAt: '2026-02-10T10:00:00.000Z',
      updatedAt: '2026-02-10T10:00:00.000Z',
    };
    await db.audits.add(audit);
    expect(await auditHistory(db)).toEqual([{ caseId: 'p1003', auditedOn: audit.startedAt }]);
    const spec = {
      size: { kind: 'count' as const, count: 12 },
      seed: 'K7QM-3XPA',
      excludeAuditedWithinMonths: 12,
      maxPerCaseHolder: 2,
    };
    const first = await drawRoundSample(db, round.id, spec, TODAY);
    const again = await drawRoundSample(db, round.id, { ...spec, seed: ' k7qm-3xpa ' }, TODAY);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(first.value.drawn.map((c) => c.caseId)).toHaveLength(12);
    expect(again.value.drawn).toEqual(first.value.drawn);
    expect(first.value.leftOut.find((l) => l.caseId === 'P1003')?.reason).toBe(
      'audited on 2026-02-10, within the last 12 months',
    );
    expect(first.value.leftOut).toHaveLength(28);
    expect((await roundPlan(db, round.id)).sample?.result.drawn).toEqual(first.value.drawn);
    expect(await drawRoundSample(db, round.id, { ...spec, seed: '' }, TODAY)).toEqual({
      ok: false,
      problems: ['Enter a seed.'],
    });
  });
});

describe('auditors and assignments', () => {
  it('adds auditors, refuses one with a reference already used, and removes only one without cases', async () => {
    const round = await sampledRound();
    expect((await addAuditors(db, round.id, AUDITORS)).ok).toBe(true);
    expect(await addAuditors(db, round.id, [{ ...AUDITORS[0]!, id: 'a1 ', name: 'Other' }])).toEqual({
      ok: false,
      problems: ['a1  is already an auditor of this round: give each auditor their own reference.'],
    });
    expect((await roundAuditors(db, round.id)).map((a) => a.id)).toEqual(['A1', 'A2', 'A3']);
    await assignAutomatically(db, round.id, 'with-worker');
    expect((await removeAuditor(db, round.id, 'A1')).ok).toBe(false);
    await addAuditors(db, round.id, [{ id: 'A4', name: 'Dee', team: 'West', role: 'peer', capacity: 1 }]);
    expect(await removeAuditor(db, round.id, 'A4')).toEqual({ ok: true, value: null });
    expect(await roundAuditors(db, round.id)).toHaveLength(3);
  });

  it("assigns automatically under the rules, and checks the QA lead's choices", async () => {
    const round = await sampledRound();
    await addAuditors(db, round.id, AUDITORS);
    const outcome = await assignAutomatically(db, round.id, 'desk');
    expect(outcome.ok && outcome.value.unassigned).toEqual([]);
    const assignments = await roundAssignments(db, round.id);
    const cases = await roundCandidates(db, round.id);
    expect(assignments).toHaveLength(12);
    const byAuditor = new Map<string, number>();
    for (const a of assignments) {
      const auditor = AUDITORS.find((x) => x.id === a.auditorId)!;
      const c = cases.find((x) => x.caseId === a.caseId)!;
      expect(refKey(auditor.team)).not.toBe(refKey(c.team));
      expect(a).toMatchObject({
        roundId: round.id,
        dueOn: '2026-09-30',
        mode: 'desk',
        status: 'not-started',
      });
      byAuditor.set(a.auditorId, (byAuditor.get(a.auditorId) ?? 0) + 1);
    }
    for (const auditor of AUDITORS)
      expect(byAuditor.get(auditor.id) ?? 0).toBeLessThanOrEqual(auditor.capacity);

    const northCase = assignments.find((a) => cases.find((c) => c.caseId === a.caseId)!.team === 'North')!;
    const refused = await chooseAuditor(db, northCase.id, 'A1');
    expect(refused).toMatchObject({ ok: false, waivable: true });
    expect(!refused.ok && refused.problems[0]).toMatch(
      /Ana North is in North, the team of case P\d+: nobody audits their own team's cases/,
    );
    expect((await db.roundAssignments.get(northCase.id))?.auditorId).not.toBe('A1');
    expect(await chooseAuditor(db, northCase.id, 'A1', true)).toMatchObject({
      ok: true,
      value: { auditorId: 'A1', id: northCase.id },
    });

    await addAuditors(db, round.id, [{ id: 'W1', name: 'Wyn', team: 'West', role: 'peer', capacity: 9 }]);
    const held = assignments.find((a) => cases.find((c) => c.caseId === a.caseId)!.caseHolder === 'W1');
    if (held)
      expect(await chooseAuditor(db, held.id, 'W1', true)).toMatchObject({
        ok: false,
        problems: [expect.stringMatching(/nobody audits their own cases/)],
      });

    expect(await updateAssignment(db, northCase.id, { dueOn: '2026-02-31x' })).toMatchObject({ ok: false });
    expect(
      await updateAssignment(db, northCase.id, { dueOn: '2026-08-01', mode: 'with-worker' }),
    ).toMatchObject({
      ok: true,
      value: { dueOn: '2026-08-01', mode: 'with-worker' },
    });
  });

  it('makes a pack per auditor that verifies and holds only their cases', async () => {
    const round = await sampledRound();
    await addAuditors(db, round.id, AUDITORS);
    await assignAutomatically(db, round.id, 'desk');
    const file = await roundPackFile(db, round.id, 'A2');
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.value.name).toBe('round-voice-of-the-child-q3-ben-south.margin-round.json');
    const verified = await verifyPack(file.value.text, { expectedRoundId: round.id });
    expect(verified.ok).toBe(true);
    if (!verified.ok) return;
    const mine = (await roundAssignments(db, round.id)).filter((a) => a.auditorId === 'A2');
    expect(verified.pack.assignments.map((a) => a.id).sort()).toEqual(mine.map((a) => a.id).sort());
    expect(verified.pack.candidates.map((c) => c.caseId).sort()).toEqual(mine.map((a) => a.caseId).sort());
    const all = await roundPackFile(db, round.id, null);
    expect(all.ok && all.value.name).toBe('round-voice-of-the-child-q3-all.margin-round.json');
    expect(await roundPackFile(db, round.id, 'Nobody')).toEqual({
      ok: false,
      problems: ['Nobody is not an auditor of this round.'],
    });
    expect(slug('  Ça va: Q3!! ')).toBe('ca-va-q3');
  });
});
