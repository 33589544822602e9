// The moderation draw's guarantees for any audits and rule: every worst-graded audit and every auditor
// is in the sample, the size is at least the target and above it only when those rules need it, no
// audit twice, and the same seed gives the same draw whatever order the audits come in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawModeration, moderationTarget, type ModerationCandidate } from '@/lib/moderation/sample';

const GRADES = ['outstanding', 'good', 'requires-improvement', 'inadequate'];
const WORST = 'inadequate';

const auditsArb = fc
  .uniqueArray(
    fc.record({
      auditId: fc.uuid(),
      auditor: fc.constantFrom('A1', 'a1 ', 'B2', 'C3', 'D4'),
      overallGrade: fc.option(fc.constantFrom(...GRADES), { nil: undefined }),
    }),
    { selector: (audit) => audit.auditId, maxLength: 60 },
  )
  .map((list) => list as ModerationCandidate[]);

const ruleArb = fc.record({
  percent: fc.double({ min: 0, max: 100, noNaN: true }),
  minimum: fc.integer({ min: 0, max: 20 }),
  seed: fc.string({ minLength: 1, maxLength: 12 }),
});

describe('drawModeration', () => {
  it('never breaks a rule', () => {
    fc.assert(
      fc.property(auditsArb, ruleArb, (audits, rule) => {
        const draw = drawModeration(audits, rule, WORST);
        const ids = draw.drawn.map((d) => d.auditId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const audit of audits) {
          if (audit.overallGrade === WORST) expect(ids).toContain(audit.auditId);
        }
        const byId = new Map(audits.map((a) => [a.auditId, a]));
        const auditors = new Set(audits.map((a) => a.auditor.trim().toLowerCase()));
        const sampled = new Set(ids.map((id) => byId.get(id)!.auditor.trim().toLowerCase()));
        expect(sampled).toEqual(auditors);
        expect(draw.target).toBe(moderationTarget(rule, audits.length));
        expect(ids.length).toBeGreaterThanOrEqual(draw.target);
        const forced = draw.drawn.filter((d) => d.reason !== 'random').length;
        expect(ids.length).toBe(Math.max(draw.target, forced));
      }),
    );
  });

  it('gives the same draw for the same seed, whatever the order of the audits', () => {
    fc.assert(
      fc.property(auditsArb, ruleArb, fc.integer(), (audits, rule, n) => {
        const rotated = audits.map((_, i) => audits[(i + Math.abs(n)) % audits.length]!);
        expect(drawModeration(rotated.reverse(), rule, WORST)).toEqual(drawModeration(audits, rule, WORST));
      }),
    );
  });

  it('takes 10% with a minimum of 10, as universities moderate', () => {
    const audits = Array.from({ length: 150 }, (_, i) => ({
      auditId: `a-${String(i).padStart(3, '0')}`,
      auditor: 'A1',
      overallGrade: 'good',
    }));
    expect(drawModeration(audits, { percent: 10, minimum: 10, seed: 'x' }, WORST).drawn).toHaveLength(15);
    expect(
      drawModeration(audits.slice(0, 40), { percent: 10, minimum: 10, seed: 'x' }, WORST).drawn,
    ).toHaveLength(10);
    expect(drawModeration(audits, { percent: 10, minimum: 10, seed: ' k7qm ' }, WORST).seed).toBe('K7QM');
  });
});
