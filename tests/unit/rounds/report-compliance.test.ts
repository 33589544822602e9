// The round report's "Compliance beside quality": the round's finished audits whose compliance answer
// and grade diverge, counted per section, with their cases pseudonymised like the rest of the report.
import { describe, expect, it } from 'vitest';
import { importPseudonymKey, pseudonym } from '@/lib/export/pseudonym';
import { recordingNamer } from '@/lib/export/namer';
import { RoundReportSummarySchema } from '@/lib/model/round-report';
import type { Audit } from '@/lib/model/audit';
import { buildRoundReport } from '@/lib/rounds/report';
import { roundReportWithPrivacy } from '@/lib/rounds/report-privacy';
import { drawn, finishedAudit, input, openAudit } from './report-fixture';

const answered: Audit = {
  ...finishedAudit,
  sections: {
    ...finishedAudit.sections,
    'voice-of-the-child': { grade: 'good', compliance: 'no', complete: true },
    planning: { ...finishedAudit.sections.planning!, compliance: 'yes' },
  },
};
// Still in progress: its answers may change, so it is not counted.
const open: Audit = {
  ...openAudit,
  sections: { planning: { grade: 'inadequate', compliance: 'yes', complete: true } },
};
const withAnswers = { ...input, audits: [answered, open, ...input.audits.slice(2)] };

describe('round report: compliance beside quality', () => {
  it('counts the finished audits’ divergent cases per section, in template order', () => {
    const report = buildRoundReport(withAnswers, recordingNamer());
    expect(RoundReportSummarySchema.parse(report)).toEqual(report);
    expect(report.compliance).toEqual([
      {
        section: 'Voice of the child',
        compliantPoorPractice: 0,
        notCompliantGoodPractice: 1,
        cases: [{ caseId: drawn[0], divergence: 'not-compliant-good-practice' }],
      },
      {
        section: 'Planning',
        compliantPoorPractice: 1,
        notCompliantGoodPractice: 0,
        cases: [{ caseId: drawn[0], divergence: 'compliant-poor-practice' }],
      },
    ]);
    expect(buildRoundReport(input, recordingNamer()).compliance).toEqual([]);
  });

  it('names the cases by their pseudonyms when pseudonymised', async () => {
    const key = await importPseudonymKey('5a'.repeat(32));
    const report = await roundReportWithPrivacy(withAnswers, { pseudonymise: true }, key);
    expect(report.compliance?.map((s) => s.cases[0]!.caseId)).toEqual([
      await pseudonym(key, 'person', drawn[0]!),
      await pseudonym(key, 'person', drawn[0]!),
    ]);
    expect(JSON.stringify(report.compliance)).not.toContain(drawn[0]!);
  });
});
