/**
 * Grades of the round's finished audits, overall and by section: in words, as a chart, and as tables
 * (the chart's numbers, readable in print and by screen readers).
 */
import type { RoundReportSummary } from '@/lib/model/round-report';
import type { Series } from '@/lib/dashboard/aggregates';
import { BarChart } from '../dashboard/BarChart';
import { plural } from '../format';
import { CountTable } from './CountTable';

/** "3 Good, 1 Requires improvement": the grades given, most first, in words. */
export function gradeWords(counts: RoundReportSummary['grades']['overall']): string {
  const given = counts.filter((c) => c.count > 0);
  if (given.length === 0) return 'none yet';
  return given.map((c) => `${c.count} ${c.label}`).join(', ');
}

export function GradesSection({ report }: { report: RoundReportSummary }) {
  const { overall, sections } = report.grades;
  const finished = report.audits.finished;
  const labels = [...new Set(sections.flatMap((s) => s.grades.map((g) => g.label)))];
  const bySection: Series = {
    labels: sections.map((s) => s.title),
    keys: sections.map((s) => s.id),
    // The chart shows grades given; the table below also counts the audits that left a section ungraded.
    datasets: labels
      .filter((label) => label !== 'Not graded')
      .map((label) => ({
        label,
        data: sections.map((s) => s.grades.find((g) => g.label === label)?.count ?? 0),
      })),
  };
  const overallSeries: Series = {
    labels: overall.map((g) => g.label),
    keys: overall.map((g) => g.label),
    datasets: [{ label: 'Audits', data: overall.map((g) => g.count) }],
  };
  return (
    <section class="card" aria-labelledby="grades-heading">
      <h2 id="grades-heading">Grades</h2>
      <p>
        From {plural(finished, 'finished audit')} of {report.audits.total} in the round (audits still in
        progress are not graded here). Overall: {gradeWords(overall)}.
      </p>
      {finished > 0 && (
        <>
          <BarChart id="round-overall-grades" title="Overall grades" series={overallSeries} />
          <CountTable
            caption="Overall grades"
            head={['Grade', 'Audits']}
            rows={overall.map((g) => [g.label, g.count])}
          />
          <BarChart id="round-section-grades" title="Grades by section" series={bySection} horizontal />
          <CountTable
            caption="Grades by section"
            head={['Section', ...labels]}
            rows={sections.map((s) => [
              s.title,
              ...labels.map((l) => s.grades.find((g) => g.label === l)?.count ?? 0),
            ])}
          />
        </>
      )}
    </section>
  );
}
