/**
 * The round report's findings: quoted strengths and areas for development, contributory factors
 * counted by pattern, friction flagged on the round's cases, and actions with owners and dates.
 */
import type { Quote, RoundReportSummary } from '@/lib/model/round-report';
import type { Series } from '@/lib/dashboard/aggregates';
import { BarChart } from '../dashboard/BarChart';
import { plural } from '../format';
import { formatDay } from '../rounds/bits';
import { CountTable } from './CountTable';

type Props = { report: RoundReportSummary };

export function FindingsSection(props: {
  id: string;
  title: string;
  intro: string;
  quotes: readonly Quote[];
}) {
  const { id, title, intro, quotes } = props;
  return (
    <section class="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {quotes.length === 0 ? (
        <p>None recorded.</p>
      ) : (
        <>
          <p>{intro}</p>
          <ul class="quotes">
            {quotes.map((q, i) => (
              <li key={i}>
                <blockquote>{q.text}</blockquote>
                <p class="meta">
                  Case {q.caseId}
                  {q.section ? ` · ${q.section}` : ''}
                  {q.grade ? ` · ${q.grade}` : ''}
                  {q.factors.length > 0 ? ` · ${q.factors.join('; ')}` : ''}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function FactorsSection({ report }: Props) {
  const series: Series = {
    labels: report.factors.map((f) => f.label),
    keys: report.factors.map((f) => f.id),
    datasets: [
      { label: 'Strengths', data: report.factors.map((f) => f.strengths) },
      { label: 'Concerns', data: report.factors.map((f) => f.concerns) },
    ],
  };
  const subItems = report.factors.flatMap((f) => f.subItems.map((s) => [`${f.label}: ${s.label}`, s.count]));
  return (
    <section class="card" aria-labelledby="factors-heading">
      <h2 id="factors-heading">Systemic factors</h2>
      <p>
        The contributory factors (SCIE Learning Together) behind the strengths and concerns, counted by
        pattern: what made good practice easier or poor practice more likely.
      </p>
      <BarChart
        id="round-factors"
        title="Strengths and concerns by contributory factor"
        series={series}
        horizontal
      />
      <CountTable
        caption="Strengths and concerns by contributory factor"
        head={['Factor', 'Strengths', 'Concerns']}
        rows={report.factors.map((f) => [f.label, f.strengths, f.concerns])}
      />
      {subItems.length > 0 && (
        <CountTable
          caption="By pattern within each factor"
          head={['Pattern', 'Observations']}
          rows={subItems}
        />
      )}
    </section>
  );
}

export function FrictionSection({ report }: Props) {
  const f = report.friction;
  return (
    <section class="card" aria-labelledby="friction-heading">
      <h2 id="friction-heading">Friction recorded</h2>
      {f.flags === 0 ? (
        <p>No friction was flagged on the round’s cases.</p>
      ) : (
        <>
          <p>
            {plural(f.flags, 'friction flag')} on the round’s cases, {f.minutesLost} minutes lost as reported:
            where the case-recording system got in the way.
          </p>
          <CountTable
            caption="Friction by category"
            head={['Category', 'Flags']}
            rows={f.byCategory.map((c) => [c.label, c.count])}
          />
          <CountTable
            caption="Friction by severity"
            head={['Severity', 'Flags']}
            rows={f.bySeverity.map((c) => [c.label, c.count])}
          />
        </>
      )}
    </section>
  );
}

export function ActionsSection({ report }: Props) {
  return (
    <section class="card" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions</h2>
      <p>
        Follow-up actions recorded on observations, and “Action:” lines of section justifications. The owner
        and date are those written in the action (“Owner: …”, a date such as 2026-10-31).
      </p>
      <CountTable
        caption="Actions with owners and dates"
        head={['Action', 'Owner', 'Due', 'Case', 'Recorded']}
        rows={report.actions.map((a) => [
          a.action,
          a.owner ?? 'Not recorded',
          a.dueOn ? formatDay(a.dueOn) : 'Not recorded',
          `${a.caseId}${a.section ? ` · ${a.section}` : ''}`,
          formatDay(a.recordedOn),
        ])}
        empty="No action was recorded."
      />
    </section>
  );
}
