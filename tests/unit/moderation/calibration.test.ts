// Calibration and the report summary from moderation records: codes follow the scale's order, an
// auditor who grades more favourably than the moderator shows a positive mean difference and "higher"
// counts, the overall confusion matrix counts pairs, and the summary names changed grades with why.
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import type { ModerationRecord } from '@/lib/model/moderation';
import { calibrateAuditors, ratingsOf, scalesOf, unitsOf, OVERALL } from '@/lib/moderation/calibration';
import { summarise } from '@/lib/moderation/summary';

const template = BUILTIN_TEMPLATES[0]!;
const overall = scalesOf(template).get(OVERALL)!;
const record = (
  auditId: string,
  auditor: string,
  first: number,
  second?: number,
  agreed?: number,
): ModerationRecord => ({
  auditId,
  roundId: 'r',
  auditor,
  moderator: 'M',
  first: { sections: {}, overall: overall[first] },
  ...(second === undefined ? {} : { second: { sections: {}, overall: overall[second] } }),
  ...(agreed === undefined
    ? {}
    : {
        agreed: {
          overall: overall[agreed],
          sections: {},
          rationale: `why ${auditId}`,
          agreedAt: '2026-05-01T00:00:00.000Z',
        },
      }),
});

describe('calibration', () => {
  const records = [
    record('1', 'A', 0, 1, 1),
    record('2', 'A', 1, 1),
    record('3', 'B', 2, 1, 2),
    record('4', 'B', 2),
  ];

  it('measures each auditor against the moderator', () => {
    const units = unitsOf(records, template);
    expect(units).toHaveLength(3);
    const [a, b] = calibrateAuditors(units, overall.length);
    expect(a).toMatchObject({ auditor: 'A', pairs: 2, meanDifference: 0.5, higher: 1, same: 1, lower: 0 });
    expect(a!.matrix[0]![1]).toBe(1);
    expect(a!.matrix[1]![1]).toBe(1);
    expect(b).toMatchObject({ auditor: 'B', pairs: 1, meanDifference: -1, higher: 0, lower: 1 });
    expect(ratingsOf(units, OVERALL)).toEqual([
      [0, 1, 2],
      [1, 1, 1],
    ]);
  });

  it('summarises what was moderated and what changed, and why', () => {
    expect(summarise(records)).toEqual({
      drawn: 4,
      graded: 3,
      agreed: 2,
      sameOverall: 1,
      changes: [{ auditId: '1', auditor: 'A', from: overall[0], to: overall[1], rationale: 'why 1' }],
    });
  });
});
