// The assigner on worked examples: load balanced against capacity, identity matched by reference or
// name, overrides kept, refused or forced with reasons, and unassignable cases explained.
import { describe, expect, it } from 'vitest';
import { AuditorSchema, type Auditor } from '@/lib/model/round';
import { assignCases } from '@/lib/rounds/assign';
import { candidate } from './support';

const ROUND = '0b7f6c1e-3f5a-4c1e-9d1e-2a3b4c5d6e7f';
const OPTIONS = { roundId: ROUND, dueOn: '2026-09-30', mode: 'desk' as const };
const auditor = (id: string, team: string, capacity: number, name = `Name ${id}`): Auditor =>
  AuditorSchema.parse({ id, name, team, role: 'team-manager', capacity });

function ok(result: ReturnType<typeof assignCases>) {
  if (!result.ok) throw new Error(result.error);
  return result;
}
const counts = (result: ReturnType<typeof ok>) => {
  const out: Record<string, number> = {};
  for (const a of result.assignments) out[a.auditorId] = (out[a.auditorId] ?? 0) + 1;
  return out;
};

describe('assignCases', () => {
  it('balances load against capacity, with a due date, a mode and a stable id', () => {
    const cases = Array.from({ length: 9 }, (_, i) => candidate(`P${i}`, 'North', `W${i}`));
    const result = ok(assignCases(cases, [auditor('A', 'South', 6), auditor('B', 'East', 3)], [], OPTIONS));
    expect(counts(result)).toEqual({ A: 6, B: 3 });
    expect(result.assignments[0]).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      roundId: ROUND,
      caseId: 'P0',
      auditorId: expect.any(String),
      dueOn: '2026-09-30',
      mode: 'desk',
      status: 'not-started',
    });
    // Halfway each: 4 of 8 and 2 of 4.
    const half = ok(
      assignCases(cases.slice(0, 6), [auditor('A', 'South', 8), auditor('B', 'East', 4)], [], OPTIONS),
    );
    expect(counts(half)).toEqual({ A: 4, B: 2 });
  });

  it('recognises a case holder by reference or by name, whatever the case and spacing', () => {
    const cases = [candidate('P1', 'North', ' w7 '), candidate('P2', 'North', 'jo  bloggs')];
    const auditors = [auditor('W7', 'South', 5, 'Sam Patel'), auditor('W8', 'South', 5, 'Jo Bloggs')];
    const result = ok(assignCases(cases, auditors, [], OPTIONS));
    expect(result.assignments.map((a) => [a.caseId, a.auditorId])).toEqual([
      ['P1', 'W8'],
      ['P2', 'W7'],
    ]);
  });

  it('explains a case nobody may take, and one whose possible auditors are full', () => {
    const cases = [
      candidate('P1', 'North', 'W1'),
      candidate('P2', 'South', 'W2'),
      candidate('P3', 'South', 'W3'),
    ];
    const auditors = [auditor('N1', 'north', 5), auditor('W1', 'South', 1)];
    const result = ok(assignCases(cases, auditors, [], OPTIONS));
    expect(result.unassigned).toEqual([
      {
        caseId: 'P1',
        reason:
          "every auditor is in North, the case's team, or holds the case: add an auditor from another team",
      },
    ]);
    const full = ok(assignCases(cases, [auditor('N1', 'North', 1)], [], OPTIONS));
    expect(full.unassigned.map((u) => u.reason)).toEqual([
      "every auditor is in North, the case's team, or holds the case: add an auditor from another team",
      'the auditors who may audit it (Name N1) have no capacity left: raise a capacity or add an auditor',
    ]);
  });

  it('keeps a valid override, refuses one that breaks a rule, and applies a forced one as a waiver', () => {
    const cases = [
      candidate('P1', 'North', 'W1'),
      candidate('P2', 'North', 'W2'),
      candidate('P3', 'South', 'W3'),
    ];
    const auditors = [
      auditor('S1', 'South', 2),
      auditor('N1', 'North', 2),
      auditor('W1', 'East', 2, 'Wendy'),
    ];
    const result = ok(
      assignCases(
        cases,
        auditors,
        [
          { caseId: 'P3', auditorId: 'N1', mode: 'with-worker', dueOn: '2026-08-01' },
          { caseId: 'P2', auditorId: 'N1' },
          { caseId: 'P1', auditorId: 'W1', force: true },
          { caseId: 'P9', auditorId: 'S1' },
          { caseId: 'P3', auditorId: 'S1' },
        ],
        OPTIONS,
      ),
    );
    expect(result.assignments.find((a) => a.caseId === 'P3')).toMatchObject({
      auditorId: 'N1',
      mode: 'with-worker',
      dueOn: '2026-08-01',
    });
    expect(result.refusedOverrides).toEqual([
      {
        caseId: 'P2',
        auditorId: 'N1',
        reason:
          "Name N1 is in North, the team of case P2: nobody audits their own team's cases (assign anyway to keep this choice)",
      },
      { caseId: 'P1', auditorId: 'W1', reason: 'Wendy holds case P1: nobody audits their own cases' },
      { caseId: 'P9', auditorId: 'S1', reason: 'case P9 is not in the sample' },
      { caseId: 'P3', auditorId: 'S1', reason: 'case P3 already has a chosen auditor (Name N1)' },
    ]);
    expect(result.waivers).toEqual([]);
    expect(result.assignments.find((a) => a.caseId === 'P2')!.auditorId).not.toBe('N1');

    const forced = ok(
      assignCases(cases, auditors, [{ caseId: 'P2', auditorId: 'N1', force: true }], OPTIONS),
    );
    expect(forced.assignments.find((a) => a.caseId === 'P2')!.auditorId).toBe('N1');
    expect(forced.waivers).toEqual([
      {
        caseId: 'P2',
        auditorId: 'N1',
        reason: "Name N1 is in North, the team of case P2: nobody audits their own team's cases",
      },
    ]);
  });

  it('refuses two auditors with one reference', () => {
    expect(assignCases([], [auditor('A', 'X', 1), auditor(' a', 'Y', 1)], [], OPTIONS)).toEqual({
      ok: false,
      error: 'Two auditors have the same reference: give each auditor their own.',
    });
  });
});
