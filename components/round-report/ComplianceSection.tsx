/**
 * The round report's "Compliance beside quality": where an indicator said one thing and the grade
 * another, per section, counted and with the cases named (pseudonymised like the rest of the report).
 */
import type { RoundReportSummary } from '@/lib/model/round-report';
import { CountTable } from './CountTable';

const KIND_WORDS = {
  'compliant-poor-practice': 'compliant on paper, poor practice',
  'not-compliant-good-practice': 'not compliant, good practice',
} as const;

export function ComplianceSection({ report }: { report: RoundReportSummary }) {
  const sections = report.compliance ?? [];
  return (
    <section class="card" aria-labelledby="compliance-heading">
      <h2 id="compliance-heading">Compliance beside quality</h2>
      <p>
        Where a section’s compliance question (an indicator, such as visits within timescale) was answered one
        way and its quality graded the other, in the round’s finished audits. Indicators can say “compliant”
        while practice is poor, and good practice can miss an indicator.
      </p>
      <CountTable
        caption="Divergent cases by section"
        head={['Section', 'Compliant on paper, poor practice', 'Not compliant, good practice', 'Cases']}
        rows={sections.map((s) => [
          s.section,
          s.compliantPoorPractice,
          s.notCompliantGoodPractice,
          s.cases.map((c) => `${c.caseId} (${KIND_WORDS[c.divergence]})`).join('; '),
        ])}
        empty="No finished audit of this round answered a compliance question against its grade."
      />
    </section>
  );
}
