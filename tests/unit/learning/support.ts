// Random learning data for the property tests: audits of a few cases by a few auditors, observations
// tagged with factors and sections (some citing friction flags), conversations, flags and teams.
import fc from 'fast-check';
import { FACTORS } from '@/lib/audit/factors';
import type { Audit } from '@/lib/model/audit';
import type { Conversation } from '@/lib/model/conversation';
import type { FrictionFlag } from '@/lib/model/friction';
import type { Observation } from '@/lib/model/observation';
import type { LearningData } from '@/lib/learning/evidence';

const at = '2026-09-01T10:00:00.000Z';
const id = (prefix: number, i: number) =>
  `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
const CASES = ['P1', 'p1 ', 'P2', 'P3', 'P4', 'P5', 'P6'];
const AUDITORS = ['Ana', 'ana', 'Ben', 'Cat', 'Dev'];
const SECTIONS = ['chronology', 'assessment', 'voice-of-the-child', 'planning'];
const CATEGORIES = ['duplicate-entry', 'timeout-lost-work', 'tick-box-structure'] as const;
const KINDS = ['strength', 'concern', 'question', 'evidence'] as const;

const tagArb = fc.constantFrom(...FACTORS.slice(0, 3)).chain((f) =>
  fc.record({
    factor: fc.constant(f.id),
    subItem: fc.option(fc.constantFrom(...f.subItems.map((s) => s.id)), { nil: undefined }),
  }),
);
const tagsArb = fc
  .array(tagArb, { maxLength: 3 })
  .map((tags) => tags.map((t) => (t.subItem === undefined ? { factor: t.factor } : t)));

export const learningArb: fc.Arbitrary<LearningData> = fc
  .record({
    audits: fc.array(fc.record({ c: fc.constantFrom(...CASES), a: fc.constantFrom(...AUDITORS) }), {
      minLength: 1,
      maxLength: 12,
    }),
    flags: fc.array(
      fc.record({
        c: fc.option(fc.constantFrom(...CASES), { nil: undefined }),
        cat: fc.constantFrom(...CATEGORIES),
      }),
      { maxLength: 6 },
    ),
    teams: fc.dictionary(
      fc.constantFrom('P1', 'P2', 'P3', 'P4', 'P5'),
      fc.constantFrom('North', 'south', 'South ', 'East'),
    ),
  })
  .chain(({ audits, flags, teams }) =>
    fc
      .record({
        observations: fc.array(
          fc.record({
            audit: fc.nat(audits.length - 1),
            kind: fc.constantFrom(...KINDS),
            section: fc.option(fc.constantFrom(...SECTIONS), { nil: undefined }),
            factors: tagsArb,
            cites: fc.array(fc.nat(Math.max(0, flags.length - 1)), { maxLength: flags.length === 0 ? 0 : 2 }),
          }),
          { maxLength: 40 },
        ),
        conversations: fc.array(
          fc.record({
            audit: fc.nat(audits.length - 1),
            factors: tagsArb,
            sections: fc.array(fc.constantFrom(...SECTIONS), { maxLength: 2 }),
          }),
          { maxLength: 8 },
        ),
      })
      .map(({ observations, conversations }): LearningData => {
        const auditRows = audits.map(
          (a, i) =>
            ({
              id: id(1, i),
              templateId: 'learning-case-file-audit',
              templateVersion: 1,
              caseRef: { personId: a.c },
              auditor: a.a,
              status: 'finished',
              sections: {},
              startedAt: at,
              updatedAt: at,
            }) satisfies Audit,
        );
        const page = (personId?: string) => ({
          origin: 'http://127.0.0.1:4173',
          path: '/x',
          adapter: 'demo',
          ...(personId ? { personId } : {}),
        });
        const flagRows = flags.map(
          (f, i) =>
            ({
              id: id(2, i),
              category: f.cat,
              severity: 'low',
              target: { page: page(f.c), selectors: [] },
              pageKey: 'k',
              author: 'W',
              createdAt: at,
            }) satisfies FrictionFlag,
        );
        return {
          audits: auditRows,
          flags: flagRows,
          observations: observations.map(
            (o, i) =>
              ({
                id: id(3, i),
                auditId: auditRows[o.audit]!.id,
                ...(o.section ? { sectionId: o.section } : {}),
                kind: o.kind,
                comment: 'c',
                evidenceSource: 'case-record',
                factors: o.factors,
                target: { page: page(), selectors: [] },
                pageKey: 'k',
                author: auditRows[o.audit]!.auditor,
                createdAt: at,
                updatedAt: at,
                ...(o.cites.length
                  ? {
                      evidence: o.cites.map((c) => ({
                        kind: 'friction-flag' as const,
                        ref: flagRows[c]!.id,
                        summary: '',
                      })),
                    }
                  : {}),
              }) satisfies Observation,
          ),
          conversations: conversations.map(
            (c, i) =>
              ({
                id: id(4, i),
                auditId: auditRows[c.audit]!.id,
                withRole: 'case-holder',
                date: '2026-09-01',
                mode: 'phone',
                prompts: {},
                factors: c.factors,
                observationIds: [],
                sectionIds: c.sections,
                author: 'A',
                createdAt: at,
                updatedAt: at,
              }) satisfies Conversation,
          ),
          teams: new Map(Object.entries(teams).map(([k, v]) => [k.toUpperCase(), v])),
        };
      }),
  );
