// Agreement over time: rounds with moderator's grades in the order they opened, each coded on its own
// template's scale; rounds without returned grades are skipped, rounds without their template counted.
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import { scaleValues } from '@/lib/audit/scales';
import type { ModerationRecord } from '@/lib/model/moderation';
import { RoundSchema } from '@/lib/model/round';
import { roundSeries } from '@/lib/moderation/series';

const template = BUILTIN_TEMPLATES.find((t) => t.id === 'learning-case-file-audit')!;
const levels = scaleValues(template.overallScale ?? template.scale);
const roundOf = (n: number, opensOn: string, templateId = template.id) =>
  RoundSchema.parse({
    id: `0b7f6c1e-3f5a-4c1e-9d1e-2a3b4c5d6e7${n}`,
    name: `Round ${n}`,
    theme: '',
    purpose: '',
    templateId,
    opensOn,
    closesOn: '2027-12-31',
    status: 'moderation',
    owner: 'QA lead',
  });
const record = (roundId: string, i: number, first: string, second?: string): ModerationRecord => ({
  auditId: `11111111-1111-4111-8111-11111111111${i}`,
  roundId,
  auditor: 'A1',
  moderator: 'M1',
  first: { sections: {}, overall: first },
  ...(second ? { second: { sections: {}, overall: second } } : {}),
});

describe('roundSeries', () => {
  it('orders rounds by opening, codes grades on the scale and skips or counts the rest', () => {
    const later = roundOf(1, '2026-10-01');
    const earlier = roundOf(2, '2026-04-01');
    const ungraded = roundOf(3, '2026-07-01');
    const custom = roundOf(4, '2026-08-01', 'our-own-template');
    const records = [
      record(later.id, 1, levels[0]!, levels[1]!),
      record(earlier.id, 2, levels[2]!, levels[2]!),
      record(earlier.id, 3, levels[3]!, levels[2]!),
      record(ungraded.id, 4, levels[0]!),
      record(custom.id, 5, levels[0]!, levels[0]!),
    ];
    const series = roundSeries([later, earlier, ungraded, custom], records, (round) =>
      round.templateId === template.id ? template : undefined,
    );
    expect(series.uncoded).toBe(1);
    expect(series.points.map((p) => [p.name, p.moderated])).toEqual([
      ['Round 2', 2],
      ['Round 1', 1],
    ]);
    expect(series.points[0]!.ratings).toEqual([
      [2, 3],
      [2, 2],
    ]);
  });
});
