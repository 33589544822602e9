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
const obs = (auditId: string | null, kind: Observation['kind'], factors: string[]) =>
  ({
    id: crypto.randomUUID(),
    auditId,
    kind,
    factors: factors.map((factor) => ({ factor })),
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
});
