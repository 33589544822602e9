// The divergence chart: one bar group per section with its two divergent counts, and a chosen bar's
// focus holding exactly the audits counted under it, their observations and flags about their cases.
import { describe, expect, it } from 'vitest';
import {
  divergenceCounts,
  divergenceFocus,
  divergenceSeries,
  focusFlags,
  focusObservations,
} from '@/lib/dashboard/divergence-chart';
import { templateBook } from '@/lib/dashboard/labels';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import type { Audit, SectionResult } from '@/lib/model/audit';
import type { Observation } from '@/lib/model/observation';
import type { FrictionFlag } from '@/lib/model/friction';

const book = templateBook(BUILTIN_TEMPLATES);
const audit = (personId: string, sections: Record<string, SectionResult>): Audit => ({
  id: crypto.randomUUID(),
  templateId: 'learning-case-file-audit',
  templateVersion: 1,
  caseRef: { personId },
  auditor: 'Sam',
  status: 'in-progress',
  sections,
  startedAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
});
const poorButYes: SectionResult = { grade: 'inadequate', compliance: 'yes', complete: true };
const goodButNo: SectionResult = { grade: 'outstanding', compliance: 'no', complete: true };

describe('divergence chart', () => {
  const a = audit('P1', { 'voice-of-the-child': poorButYes, planning: goodButNo });
  const b = audit('P2', { 'voice-of-the-child': poorButYes });
  const c = audit('P3', { 'voice-of-the-child': { grade: 'good', compliance: 'yes', complete: true } });
  const counts = divergenceCounts([a, b, c], book);

  it('counts both kinds per section in template order', () => {
    expect(divergenceSeries(counts)).toEqual({
      labels: ['Voice of the child', 'Planning'],
      keys: ['learning-case-file-audit/voice-of-the-child', 'learning-case-file-audit/planning'],
      datasets: [
        { label: 'Compliant on paper, poor practice', data: [2, 0] },
        { label: 'Not compliant, good practice', data: [0, 1] },
      ],
    });
  });

  it('narrows to exactly the audits of the chosen bar, their observations and their cases’ flags', () => {
    const focus = divergenceFocus(counts, [a, b, c], 'learning-case-file-audit/voice-of-the-child', 0)!;
    expect(focus.label).toBe('Compliant on paper, poor practice: Voice of the child');
    expect([...focus.auditIds].sort()).toEqual([a.id, b.id].sort());
    expect([...focus.personIds].sort()).toEqual(['P1', 'P2']);
    const obs = [a.id, c.id, null].map((auditId) => ({ auditId }) as Observation);
    expect(focusObservations(obs, focus)).toEqual([obs[0]]);
    const flags = ['P2', 'P3', undefined].map(
      (personId) => ({ target: { page: { personId } } }) as unknown as FrictionFlag,
    );
    expect(focusFlags(flags, focus)).toEqual([flags[0]]);
    expect(divergenceFocus(counts, [a, b, c], 'learning-case-file-audit/planning', 0)).toBeUndefined();
  });
});
