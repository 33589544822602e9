// The assigner's guarantees for any sample and team of auditors: nobody audits their own cases or
// their own team's, nobody goes over capacity, each case is assigned once or reported with a reason, a
// case is left unassigned only when everyone allowed to take it is full, and the result depends on the
// inputs only (not their order). QA lead overrides never break a rule unless forced, and never the
// own-case rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseKey, refKey, type Assignment, type Auditor, type Candidate } from '@/lib/model/round';
import { assignCases, type Override } from '@/lib/rounds/assign';
import { conflictOf } from '@/lib/rounds/assign-rules';
import { auditorsArb, candidatesArb } from './support';

const OPTIONS = {
  roundId: '0b7f6c1e-3f5a-4c1e-9d1e-2a3b4c5d6e7f',
  dueOn: '2026-09-30',
  mode: 'desk' as const,
};

const overridesArb = (cases: Candidate[], auditors: Auditor[]): fc.Arbitrary<Override[]> =>
  cases.length === 0 || auditors.length === 0
    ? fc.constant([])
    : fc.array(
        fc.record({
          caseId: fc.constantFrom(...cases.map((c) => c.caseId), 'P9999'),
          auditorId: fc.constantFrom(...auditors.map((a) => a.id), 'nobody'),
          force: fc.boolean(),
        }),
        { maxLength: 10 },
      );

const mapping = (assignments: Assignment[]) =>
  Object.fromEntries(assignments.map((a) => [a.caseId, a.auditorId]));

function checkCommon(cases: Candidate[], auditors: Auditor[], result: ReturnType<typeof assignCases>) {
  if (!result.ok) throw new Error(result.error);
  const byId = new Map(auditors.map((a) => [refKey(a.id), a]));
  // Each case assigned once or reported unassigned, never both.
  const assigned = result.assignments.map((a) => caseKey(a.caseId));
  expect(new Set(assigned).size).toBe(assigned.length);
  expect([...assigned, ...result.unassigned.map((u) => caseKey(u.caseId))].sort()).toEqual(
    cases.map((c) => caseKey(c.caseId)).sort(),
  );
  for (const u of result.unassigned) expect(u.reason.length).toBeGreaterThan(10);
  for (const a of result.assignments) {
    expect(a).toMatchObject({ roundId: OPTIONS.roundId, status: 'not-started' });
    const candidate = cases.find((c) => c.caseId === a.caseId)!;
    expect(conflictOf(byId.get(refKey(a.auditorId))!, candidate)).not.toBe('own-case');
  }
  return byId;
}

describe('assignCases (properties)', () => {
  it('never breaks a rule, and leaves a case out only when everyone allowed is full', () => {
    fc.assert(
      fc.property(candidatesArb, auditorsArb, (cases, auditors) => {
        const result = assignCases(cases, auditors, [], OPTIONS);
        const byId = checkCommon(cases, auditors, result);
        if (!result.ok) return;
        const load = new Map<string, number>();
        for (const a of result.assignments) {
          const candidate = cases.find((c) => c.caseId === a.caseId)!;
          expect(conflictOf(byId.get(refKey(a.auditorId))!, candidate)).toBeNull();
          load.set(refKey(a.auditorId), (load.get(refKey(a.auditorId)) ?? 0) + 1);
        }
        for (const auditor of auditors)
          expect(load.get(refKey(auditor.id)) ?? 0).toBeLessThanOrEqual(auditor.capacity);
        for (const u of result.unassigned) {
          const candidate = cases.find((c) => c.caseId === u.caseId)!;
          for (const auditor of auditors.filter((a) => conflictOf(a, candidate) === null)) {
            expect(load.get(refKey(auditor.id)) ?? 0).toBe(auditor.capacity);
          }
        }
      }),
    );
  });

  it('gives the same assignment whatever the order of cases and auditors', () => {
    fc.assert(
      fc.property(candidatesArb, auditorsArb, (cases, auditors) => {
        const a = assignCases(cases, auditors, [], OPTIONS);
        const b = assignCases([...cases].reverse(), [...auditors].reverse(), [], OPTIONS);
        if (!a.ok || !b.ok) throw new Error('refused');
        expect(mapping(b.assignments)).toEqual(mapping(a.assignments));
      }),
    );
  });

  it('applies an override only within the rules, unless forced, and never for the own case', () => {
    fc.assert(
      fc.property(
        candidatesArb.chain((cases) =>
          auditorsArb.chain((auditors) =>
            overridesArb(cases, auditors).map((overrides) => ({ cases, auditors, overrides })),
          ),
        ),
        ({ cases, auditors, overrides }) => {
          const result = assignCases(cases, auditors, overrides, OPTIONS);
          const byId = checkCommon(cases, auditors, result);
          if (!result.ok) return;
          const waived = new Set(result.waivers.map((w) => caseKey(w.caseId)));
          const load = new Map<string, number>();
          for (const a of result.assignments) {
            const auditor = byId.get(refKey(a.auditorId))!;
            load.set(refKey(a.auditorId), (load.get(refKey(a.auditorId)) ?? 0) + 1);
            const conflict = conflictOf(
              auditor,
              cases.find((c) => c.caseId === a.caseId)!,
            );
            if (conflict !== null) {
              expect(waived.has(caseKey(a.caseId))).toBe(true);
              expect(overrides.some((o) => o.force && caseKey(o.caseId) === caseKey(a.caseId))).toBe(true);
            }
          }
          // Over capacity only with a forced override of that auditor.
          for (const auditor of auditors) {
            if ((load.get(refKey(auditor.id)) ?? 0) > auditor.capacity) {
              expect(result.waivers.some((w) => refKey(w.auditorId) === refKey(auditor.id))).toBe(true);
            }
          }
          // Every override is applied or refused with a reason.
          for (const o of overrides) {
            const applied = result.assignments.some(
              (a) => caseKey(a.caseId) === caseKey(o.caseId) && refKey(a.auditorId) === refKey(o.auditorId),
            );
            const refused = result.refusedOverrides.some(
              (r) => r.caseId === o.caseId && r.auditorId === o.auditorId,
            );
            expect(applied || refused).toBe(true);
          }
        },
      ),
    );
  });
});
