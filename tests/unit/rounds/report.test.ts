// The round report builder: which audits count, grades from finished audits on the template's scale,
// strengths and concerns quoted, factors counted by pattern, friction on the round's cases, actions with
// owners and dates, cases left out grouped by rule, and every practitioner pseudonymised when asked.
import { describe, expect, it } from 'vitest';
import { importPseudonymKey, pseudonym } from '@/lib/export/pseudonym';
import { recordingNamer } from '@/lib/export/namer';
import { RoundReportSummarySchema } from '@/lib/model/round-report';
import { buildRoundReport } from '@/lib/rounds/report';
import { roundReportWithPrivacy } from '@/lib/rounds/report-privacy';
import { readAction } from '@/lib/rounds/report-parts';
import { drawn, input, openAudit, finishedAudit } from './report-fixture';

const plain = () => buildRoundReport(input, recordingNamer());

describe('round report', () => {
  it('describes the round, its sample and the cases left out, grouped by rule', () => {
    const report = plain();
    expect(report.round).toMatchObject({ theme: 'Voice of the child', owner: 'Quinn Lead' });
    expect(report.method).toMatchObject({ candidates: 6, seed: 'TEST-SEED', target: 3, drawn: 3 });
    expect(report.method!.rules).toContain('At most 2 cases per case holder.');
    expect(report.method!.rules).toContain('Cases audited in the last 12 months were left out.');
    const leftOut = Object.fromEntries(report.method!.leftOut.map((g) => [g.rule, g.count]));
    expect(leftOut['recently-audited']).toBe(1);
    expect(Object.values(leftOut).reduce((a, b) => a + b, 0)).toBe(3);
    // Grouped: no case IDs, and no case holder, in the groups.
    expect(JSON.stringify(report.method!.leftOut)).not.toMatch(/P10\d|Holder/);
    expect(RoundReportSummarySchema.parse(report)).toEqual(report);
  });

  it('counts only the round’s audits, and grades only the finished ones, in scale order', () => {
    const report = plain();
    expect(report.audits).toEqual({ total: 2, finished: 1, observations: 2 });
    expect(report.grades.overall).toEqual([
      { label: 'Outstanding', count: 0 },
      { label: 'Good', count: 1 },
      { label: 'Requires improvement', count: 0 },
      { label: 'Inadequate', count: 0 },
    ]);
    const planning = report.grades.sections.find((s) => s.id === 'planning')!;
    expect(planning.grades.find((g) => g.label === 'Requires improvement')?.count).toBe(1);
    // An ungraded section (no scale) is not a distribution.
    expect(report.grades.sections.map((s) => s.id)).not.toContain('helped-or-hindered');
    expect(report.progress).toMatchObject({
      assigned: 3,
      finished: 1,
      inProgress: 1,
      notStarted: 1,
      percent: 33,
    });
    expect(report.progress.auditors).toEqual([
      { auditor: 'Ana Auditor', assigned: 1, done: 1, overdue: 0 },
      { auditor: 'Ben Auditor', assigned: 2, done: 0, overdue: 0 },
    ]);
  });

  it('quotes strengths and concerns, counts factors by pattern, friction on the round’s cases, and actions', () => {
    const report = plain();
    expect(report.strengths).toEqual([
      {
        text: 'Wendy Holder records the child’s words exactly.',
        caseId: drawn[0],
        section: 'Voice of the child',
        factors: ['Family-professional interaction'],
        grade: 'Good',
      },
    ]);
    expect(report.development.map((q) => q.text)).toEqual(['The form has no room for the rationale.']);
    const tool = report.factors.find((f) => f.id === 'human-tool')!;
    expect(tool).toMatchObject({
      strengths: 0,
      concerns: 1,
      subItems: [{ label: 'Influence of assessment forms', count: 1 }],
    });
    expect(report.friction).toMatchObject({ flags: 2, minutesLost: 40 });
    expect(report.friction.byCategory).toEqual([
      { label: 'Duplicate entry (typing the same thing again)', count: 2 },
    ]);
    expect(report.actions).toEqual([
      {
        action: 'write SMART outcomes. Owner: team manager North; by 2026-10-31',
        owner: 'team manager North',
        dueOn: '2026-10-31',
        caseId: finishedAudit.caseRef.personId,
        section: 'Planning',
        recordedOn: '2026-08-01',
      },
      {
        action: 'Raise the form with the systems team. Owner: Ben Auditor, by 2026-11-15',
        owner: 'Ben Auditor',
        dueOn: '2026-11-15',
        caseId: openAudit.caseRef.personId,
        section: 'Assessment and analysis of need and risk',
        recordedOn: '2026-08-02',
      },
    ]);
  });

  it('reads an action’s owner and date only when written', () => {
    expect(readAction('Review the plan')).toEqual({});
    expect(readAction('Owner - QA lead')).toEqual({ owner: 'QA lead' });
    expect(readAction('by 2026-02-30')).toEqual({});
  });

  it('names no practitioner and no case when pseudonymised, with the export’s pseudonyms', async () => {
    const key = await importPseudonymKey('5a'.repeat(32));
    const report = await roundReportWithPrivacy(input, { pseudonymise: true }, key);
    const text = JSON.stringify(report);
    for (const name of ['Quinn Lead', 'Ana Auditor', 'Ben Auditor', 'Wendy Holder', 'Harry Holder', ...drawn])
      expect(text).not.toContain(name);
    expect(report.round.owner).toBe(await pseudonym(key, 'author', 'Quinn Lead'));
    expect(report.strengths[0]!.caseId).toBe(await pseudonym(key, 'person', drawn[0]!));
    expect(report.strengths[0]!.text).toBe(
      `${await pseudonym(key, 'author', 'Wendy Holder')} records the child’s words exactly.`,
    );
    expect(report.actions[1]!.owner).toBe(await pseudonym(key, 'author', 'Ben Auditor'));
    // The counts do not change.
    expect(report.grades).toEqual(plain().grades);
    expect(report.method).toEqual(plain().method);
  });
});
