// Shared arbitraries and builders for the audit round tests: candidate lists with few teams and case
// holders (so rules bite), auditors drawn from the same people, and past audits.
import fc from 'fast-check';
import type { Auditor, Candidate } from '@/lib/model/round';
import type { AuditedCase } from '@/lib/rounds/recent-audits';

export const TEAMS = ['North', 'South', 'East', 'West'];
export const HOLDERS = Array.from({ length: 12 }, (_, i) => `W${i + 1}`);

export function candidate(
  caseId: string,
  team: string,
  caseHolder: string,
  extra: Partial<Candidate> = {},
): Candidate {
  return { caseId, team, caseHolder, attributes: {}, ...extra };
}

/** Candidate lists of 0-120 unique cases (ids P1...), each with a team, a case holder and an age band. */
export const candidatesArb = fc
  .array(
    fc.record({
      team: fc.constantFrom(...TEAMS),
      holder: fc.constantFrom(...HOLDERS),
      ageBand: fc.option(fc.constantFrom('0-4', '5-10', '11-15', '16+'), { nil: undefined }),
    }),
    { maxLength: 120 },
  )
  .map((rows) =>
    rows.map(({ team, holder, ageBand }, i) =>
      candidate(`P${1000 + i}`, team, holder, ageBand ? { ageBand } : {}),
    ),
  );

/** Past audits of some of P1000-P1119, on days of 2025-2026. */
export const historyArb: fc.Arbitrary<AuditedCase[]> = fc.array(
  fc.record({
    caseId: fc.integer({ min: 1000, max: 1119 }).map((n) => `P${n}`),
    auditedOn: fc
      .date({
        min: new Date('2025-01-01T00:00:00Z'),
        max: new Date('2026-06-30T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10)),
  }),
  { maxLength: 40 },
);

export const ROLES = ['team-manager', 'senior-practitioner', 'qa-officer', 'peer'] as const;

/** 0-8 auditors; some are case holders of the candidates (W1...), some not (Q1...). */
export const auditorsArb: fc.Arbitrary<Auditor[]> = fc
  .uniqueArray(
    fc.oneof(
      fc.constantFrom(...HOLDERS),
      fc.integer({ min: 1, max: 5 }).map((n) => `Q${n}`),
    ),
    {
      maxLength: 8,
    },
  )
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({
          id: fc.constant(id),
          name: fc.constant(`Auditor ${id}`),
          team: fc.constantFrom(...TEAMS, 'Quality'),
          role: fc.constantFrom(...ROLES),
          capacity: fc.integer({ min: 0, max: 12 }),
        }),
      ),
    ),
  );
