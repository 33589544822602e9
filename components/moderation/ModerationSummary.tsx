/**
 * The moderation section of a round report: how many audits were moderated, the agreement of the first
 * and second grades with 95% intervals in plain words (computed in the agreement worker), and which
 * overall grades the agreed outcome changed, and why. Self-contained: give it the records and template.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ModerationRecord } from '@/lib/model/moderation';
import type { Template } from '@/lib/model/template';
import { computeAgreement } from '@/lib/moderation/agreement-client';
import { describeAlpha, describeInterval, describeKappa, smallSampleCaution } from '@/lib/moderation/bands';
import { ratingsOf, unitsOf } from '@/lib/moderation/calibration';
import type { AgreementReport } from '@/lib/moderation/estimate';
import { summarise } from '@/lib/moderation/summary';
import { gradeLabel } from '@/lib/audit/scales';

const interval = describeInterval;

export function ModerationSummary({
  records,
  template,
}: {
  records: ModerationRecord[];
  template: Template;
}) {
  const data = summarise(records);
  const [report, setReport] = useState<AgreementReport | string>();
  const units = unitsOf(records, template);
  const key = units.map((u) => `${u.first}:${u.second}`).join(',');
  useEffect(() => {
    if (units.length === 0) return setReport(undefined);
    computeAgreement({ ratings: ratingsOf(units), resamples: 1000, seed: 'margin-moderation' }).then(
      setReport,
      (error: Error) => setReport(error.message),
    );
  }, [key]);
  const scale = template.overallScale ?? template.scale;
  return (
    <section class="card" aria-labelledby="moderation-summary-heading">
      <h2 id="moderation-summary-heading">Moderation</h2>
      <p>
        {data.drawn} audits drawn for moderation, {data.graded} graded by the moderator, {data.agreed} with an
        agreed outcome. The moderator gave the same overall grade in {data.sameOverall} of {data.graded}.
      </p>
      {typeof report === 'string' && <p role="alert">Agreement could not be measured: {report}</p>}
      {typeof report === 'object' && (
        <dl class="summary-list" data-testid="agreement">
          <dt>Krippendorff's alpha (ordinal)</dt>
          <dd>
            {describeAlpha(report.alpha.value)} ({interval(report.alpha)})
          </dd>
          <dt>Gwet's AC2</dt>
          <dd>
            {describeKappa(report.ac.value)} ({interval(report.ac)})
          </dd>
          {report.twoRaters && (
            <>
              <dt>Exact agreement</dt>
              <dd>
                {Number.isNaN(report.twoRaters.exact.value)
                  ? '—'
                  : `${Math.round(report.twoRaters.exact.value * 100)}%`}
              </dd>
            </>
          )}
          {smallSampleCaution(report.alpha, report.pairableUnits) && (
            <>
              <dt>Caution</dt>
              <dd>{smallSampleCaution(report.alpha, report.pairableUnits)}</dd>
            </>
          )}
        </dl>
      )}
      {data.changes.length > 0 && (
        <table>
          <caption>Overall grades changed by moderation</caption>
          <thead>
            <tr>
              <th scope="col">Auditor</th>
              <th scope="col">First grade</th>
              <th scope="col">Agreed grade</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {data.changes.map((c) => (
              <tr key={c.auditId}>
                <td>{c.auditor}</td>
                <td>{gradeLabel(scale, c.from)}</td>
                <td>{gradeLabel(scale, c.to)}</td>
                <td>{c.rationale}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
