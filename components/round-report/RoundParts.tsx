/** The round report's first parts: the round (theme, purpose, period), the sample and method, progress. */
import type { RoundReportSummary } from '@/lib/model/round-report';
import { plural } from '../format';
import { formatDay, roundStatusLabel, SummaryList } from '../rounds/bits';
import { CountTable } from './CountTable';

type Props = { report: RoundReportSummary };

export function RoundSummary({ report }: Props) {
  const { round } = report;
  return (
    <section class="card" aria-labelledby="round-heading">
      <h2 id="round-heading">The round</h2>
      <SummaryList
        rows={[
          ['Theme', round.theme || '—'],
          ['Purpose', round.purpose || '—'],
          ['Period', `${formatDay(round.opensOn)} to ${formatDay(round.closesOn)}`],
          ['Status', roundStatusLabel(round.status)],
          ['Template', round.template],
          ['Owner', round.owner],
        ]}
      />
    </section>
  );
}

export function MethodSection({ report }: Props) {
  const method = report.method;
  return (
    <section class="card" aria-labelledby="method-heading">
      <h2 id="method-heading">Sample and method</h2>
      {!method ? (
        <p>No sample has been drawn for this round.</p>
      ) : (
        <>
          <p>
            {plural(method.drawn, 'case')} drawn from {plural(method.candidates, 'candidate case')} on{' '}
            {formatDay(method.drawnOn)}, with the seed <strong class="seed">{method.seed}</strong> (the same
            seed, list and rules draw the same sample again).
          </p>
          <ul>
            {method.rules.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
            {method.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          {method.strata.length > 0 && (
            <CountTable
              caption="Cases drawn by group"
              head={['Group', 'Candidates', 'Drawn']}
              rows={method.strata.map((s) => [s.value, s.candidates, s.drawn])}
            />
          )}
          <CountTable
            caption={`Cases left out and why (${method.leftOut.reduce((sum, g) => sum + g.count, 0)})`}
            head={['Reason', 'Cases']}
            rows={method.leftOut.map((g) => [g.label, g.count])}
            empty="No case was left out."
          />
        </>
      )}
    </section>
  );
}

export function ProgressPart({ report }: Props) {
  const p = report.progress;
  return (
    <section class="card" aria-labelledby="completion-heading">
      <h2 id="completion-heading">Progress and completion</h2>
      <p>
        {p.finished + p.moderated} of {p.target} cases finished ({p.percent}% of the target): {p.moderated}{' '}
        moderated, {p.inProgress} in progress, {p.notStarted} not started
        {p.overdue > 0 ? `, ${p.overdue} overdue` : ''}.
      </p>
      <CountTable
        caption="Progress by auditor"
        head={['Auditor', 'Assigned', 'Finished', 'Overdue']}
        rows={p.auditors.map((a) => [a.auditor, a.assigned, a.done, a.overdue])}
        empty="No case is assigned yet."
      />
    </section>
  );
}
