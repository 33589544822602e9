import { describe, expect, it } from 'vitest';
import { roundReport } from '@/lib/dashboard/round-report';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import type { Audit } from '@/lib/model/audit';
import type { Observation } from '@/lib/model/observation';

const template = BUILTIN_TEMPLATES[0]!;
const audit = (id: string, status: Audit['status']) =>
  ({
    id,
    templateId: template.id,
    templateVersion: template.version,
    caseRef: { personId: id },
    status,
    sections: {},
  }) as unknown as Audit;
let clock = 0;
const obs = (auditId: string | null, kind: Observation['kind'], factors: string[]) =>
  ({
    id: crypto.randomUUID(),
    auditId,
    kind,
    factors: factors.map((factor) => ({ factor })),
    createdAt: new Date(Date.UTC(2026, 10, 1, 9, clock++)).toISOString(),
  }) as unknown as Observation;

describe('round report', () => {
  it('gathers the chosen audits’ findings under each factor, and the untagged ones', () => {
    const a = audit('A', 'finished');
    const b = audit('B', 'in-progress');
    const report = roundReport(
      [a, b],
      [
        obs('A', 'strength', ['judgement']),
        obs('B', 'concern', ['judgement', 'human-tool']),
        obs('B', 'concern', []),
        obs('C', 'strength', ['judgement']),
        obs(null, 'strength', []),
      ],
      BUILTIN_TEMPLATES,
    );
    expect(report.finished).toBe(1);
    expect(report.observations).toHaveLength(3);
    expect(report.sections.map((s) => s.id)).toEqual(template.sections.map((s) => s.id));
    const judgement = report.factors.find((f) => f.id === 'judgement')!;
    expect([judgement.strengths.length, judgement.concerns.length]).toEqual([1, 1]);
    expect(report.factors.find((f) => f.id === 'human-tool')?.concerns).toHaveLength(1);
    expect(report.untagged).toHaveLength(1);
  });

  it('leaves nothing recorded out: questions and evidence are listed too, in the order recorded', () => {
    const a = audit('A', 'finished');
    const question = obs('A', 'question', ['judgement']);
    const evidence = obs('A', 'evidence', []);
    const strength = obs('A', 'strength', ['judgement']);
    const report = roundReport(
      [a],
      [strength, evidence, question, obs('B', 'question', [])],
      BUILTIN_TEMPLATES,
    );
    expect(report.observations).toHaveLength(3);
    expect(report.others.map((o) => o.id)).toEqual([question.id, evidence.id]); // recorded in that order
    const listed = new Set([
      ...report.factors.flatMap((f) => [...f.strengths, ...f.concerns]),
      ...report.untagged,
      ...report.others,
    ]);
    expect([...listed].length).toBe(report.observations.length);
  });
});
