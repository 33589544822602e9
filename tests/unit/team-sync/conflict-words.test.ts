// Both versions of a conflict read as words: an observation's text, grade and factors; an audit's fields.
import { describe, expect, it } from 'vitest';
import { conflictTitle, versionRows } from '@/lib/team-sync/conflict-words';
import { errorWords } from '@/lib/team-sync/error-words';

const row = (rows: { label: string; value: string }[], label: string) =>
  rows.find((r) => r.label === label)?.value;

describe('conflict versions in words', () => {
  it('shows an observation as its kind, text, grade and factors, not JSON', () => {
    const rows = versionRows('observation', {
      kind: 'concern',
      comment: 'Plan not reviewed since March.',
      grade: 'requires-improvement',
      factors: [{ factor: 'no-such-factor' }],
      author: 'Ann',
      updatedAt: '2026-12-08T10:00:00.000Z',
      target: { selectors: [] },
    });
    expect(row(rows, 'Observation')).toBe('Plan not reviewed since March.');
    expect(row(rows, 'Grade')).toBe('requires-improvement');
    expect(row(rows, 'Kind')).toMatch(/concern/i);
    expect(row(rows, 'Factors')).toBeTruthy();
    expect(rows.map((r) => r.value).join(' ')).not.toMatch(/[{}[\]]/);
  });

  it('shows an audit as its case, sections and overall grade; a deleted version says so', () => {
    const rows = versionRows('audit', {
      caseRef: { personId: 'P-100' },
      templateId: 'core',
      status: 'finished',
      sections: { plan: { grade: 'good', complete: true, justification: 'Clear plan.' } },
      overallGrade: 'good',
      summary: 'Solid work.',
    });
    expect(row(rows, 'Case')).toBe('P-100');
    expect(row(rows, 'Section plan')).toBe('grade good, complete');
    expect(row(rows, 'Overall grade')).toBe('good');
    expect(versionRows('audit', null, true)).toEqual([{ label: 'Status', value: 'deleted' }]);
    expect(conflictTitle('audit', { caseRef: { personId: 'P-100' } }, null)).toBe('Audit: P-100');
  });
});

describe('sync errors in words', () => {
  it('says a refused sign-in, an ended session and an unreachable server apart, with the retry time', () => {
    expect(errorWords({ status: 401 }, undefined, 'sign-in').message).toMatch(
      /^The council server refused your sign-in/,
    );
    expect(errorWords({ status: 401 }, undefined, 'sync').kind).toBe('signed-out');
    const down = errorWords(new TypeError('Failed to fetch'), '2026-12-08T10:15:00.000Z');
    expect(down).toMatchObject({ kind: 'unreachable', retries: true });
    expect(down.message).toMatch(/^Could not reach the council server — Margin will try again at .*\d/);
    expect(errorWords({ status: 403 }).kind).toBe('forbidden');
    // The engine's report errors carry a code.
    expect(errorWords({ code: 'signin-refused', message: 'x' }, undefined, 'sign-in').kind).toBe('refused');
    expect(errorWords({ code: 'unreachable', message: 'x' }).kind).toBe('unreachable');
    expect(errorWords({ code: 'bad-reply', message: 'x' }).kind).toBe('server');
  });
});
