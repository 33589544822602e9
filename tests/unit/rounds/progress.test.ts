// Round progress from assignments and audits: which audits count for a case, the furthest status,
// overdue after the due day, per-auditor tallies and completion against the target.
import { describe, expect, it } from 'vitest';
import { AuditSchema } from '@/lib/model/audit';
import type { Assignment } from '@/lib/model/round';
import { roundProgress, type ProgressAudit } from '@/lib/rounds/progress';

const ROUND = '0b7f6c1e-3f5a-4c1e-9d1e-2a3b4c5d6e7f';
const OTHER = '11111111-2222-4333-8444-555555555555';
/** A stable UUID per case, for these tests. */
const assignmentId = (_round: string, caseId: string) =>
  `00000000-0000-4000-8000-${caseId.replace(/\D/g, '').padStart(12, '0')}`;
const assignment = (caseId: string, auditorId: string, extra: Partial<Assignment> = {}): Assignment => ({
  id: assignmentId(ROUND, caseId),
  roundId: ROUND,
  caseId,
  auditorId,
  dueOn: '2026-04-30',
  mode: 'desk',
  status: 'not-started',
  ...extra,
});
let n = 0;
const audit = (
  personId: string,
  status: 'in-progress' | 'finished',
  link: Partial<ProgressAudit>,
): ProgressAudit => ({
  id: `audit-${++n}`,
  status,
  caseRef: { personId },
  ...link,
});

describe('roundProgress', () => {
  const assignments = [
    assignment('P1', 'A1'),
    assignment('P2', 'A1'),
    assignment('P3', 'A1', { dueOn: '2026-05-10' }),
    assignment('P4', 'B2', { status: 'moderated' }),
    assignment('P5', 'B2'),
  ];
  const audits = [
    audit('P1', 'finished', { assignmentId: assignmentId(ROUND, 'P1') }),
    audit('p2', 'in-progress', { roundId: ROUND }),
    audit('P3', 'finished', { roundId: OTHER }), // another round's audit of the same case
    audit('P3', 'finished', {}), // an audit outside any round
    audit('P4', 'in-progress', { roundId: ROUND }), // moderation is never undone
  ];

  it('gives each case the furthest status its audits and assignment show, and marks overdue cases', () => {
    const progress = roundProgress(assignments, audits, { today: '2026-05-01' });
    expect(progress.cases.map((c) => [c.assignment.caseId, c.status, c.overdue])).toEqual([
      ['P1', 'finished', false],
      ['P2', 'in-progress', true],
      ['P3', 'not-started', false],
      ['P4', 'moderated', false],
      ['P5', 'not-started', true],
    ]);
    expect(progress.cases[0]!.auditIds).toEqual([audits[0]!.id]);
    expect(progress.cases[2]!.auditIds).toEqual([]);
    // Due today is not overdue.
    expect(roundProgress(assignments, audits, { today: '2026-04-30' }).round.overdue).toBe(0);
  });

  it('tallies per auditor and for the round, against the target', () => {
    const progress = roundProgress(assignments, audits, { today: '2026-05-01' });
    expect(progress.auditors).toEqual([
      { auditorId: 'A1', assigned: 3, notStarted: 1, inProgress: 1, finished: 1, moderated: 0, overdue: 1 },
      { auditorId: 'B2', assigned: 2, notStarted: 1, inProgress: 0, finished: 0, moderated: 1, overdue: 1 },
    ]);
    expect(progress.round).toEqual({
      assigned: 5,
      notStarted: 2,
      inProgress: 1,
      finished: 1,
      moderated: 1,
      overdue: 2,
      target: 5,
      completion: 0.4,
      percent: 40,
    });
    const three = roundProgress(assignments, audits, { today: '2026-05-01', target: 3 }).round;
    expect([three.completion, three.percent]).toEqual([2 / 3, 66]);
    expect(roundProgress([], [], { today: '2026-05-01' }).round).toMatchObject({
      completion: 1,
      percent: 100,
    });
  });

  it('reads stored audits, which may now name their round and assignment', () => {
    const stored = AuditSchema.parse({
      id: '7d1b8f0e-1c2d-4e3f-8a9b-0c1d2e3f4a5b',
      templateId: 'learning-case-file-audit',
      templateVersion: 1,
      caseRef: { personId: 'P5' },
      auditor: 'Bo',
      status: 'finished',
      sections: {},
      startedAt: '2026-04-10T09:00:00.000Z',
      finishedAt: '2026-04-11T09:00:00.000Z',
      updatedAt: '2026-04-11T09:00:00.000Z',
      roundId: ROUND,
      assignmentId: assignmentId(ROUND, 'P5'),
    });
    const progress = roundProgress(assignments, [stored], { today: '2026-05-01' });
    expect(progress.cases[4]).toMatchObject({ status: 'finished', overdue: false, auditIds: [stored.id] });
  });
});
