/**
 * Calibration of a round's first auditors against the moderator: per auditor the mean difference and
 * how often they graded higher, the same or lower, with the overall grades' confusion matrix as a heat
 * map that is also a table, in the template's own grade labels; per template section Krippendorff's
 * alpha with its interval (SectionAgreement); the round's moderation summary; and agreement per round
 * over time (AgreementOverTime).
 */
import { gradeLabel } from '@/lib/audit/scales';
import type { ModerationRecord } from '@/lib/model/moderation';
import type { Template } from '@/lib/model/template';
import { calibrateAuditors, OVERALL, scalesOf, unitsOf } from '@/lib/moderation/calibration';
import { AgreementOverTime } from './AgreementOverTime';
import { ModerationSummary } from './ModerationSummary';
import { SectionAgreement } from './SectionAgreement';

const signed = (n: number) => (Number.isNaN(n) ? '—' : `${n > 0 ? '+' : ''}${n.toFixed(2)} steps`);

export function CalibrationView({ records, template }: { records: ModerationRecord[]; template: Template }) {
  const units = unitsOf(records, template);
  const levels = scalesOf(template).get(OVERALL)!;
  const scale = template.overallScale ?? template.scale;
  const auditors = calibrateAuditors(units, levels.length);
  const max = Math.max(1, ...auditors.flatMap((a) => a.matrix.flat()));
  return (
    <>
      <section class="card" aria-labelledby="calibration-heading">
        <h2 id="calibration-heading">Calibration</h2>
        <p class="hint">
          A positive difference means the auditor graded more favourably than the moderator (steps on the
          grading scale).
        </p>
        {auditors.map((a) => (
          <div key={a.auditor}>
            <h3>Auditor {a.auditor}</h3>
            <p>
              Mean difference from the moderator: {signed(a.meanDifference)}. Of {a.pairs} grades compared,{' '}
              {a.higher} higher, {a.same} the same, {a.lower} lower.
            </p>
            <table class="heat">
              <caption>Overall grades: auditor (rows) against moderator (columns)</caption>
              <thead>
                <tr>
                  <td />
                  {levels.map((l) => (
                    <th scope="col" key={l}>
                      {gradeLabel(scale, l)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {a.matrix.map((row, i) => (
                  <tr key={i}>
                    <th scope="row">{gradeLabel(scale, levels[i])}</th>
                    {row.map((n, j) => (
                      <td
                        key={j}
                        style={{
                          background: `rgba(29, 112, 184, ${(0.6 * n) / max})`,
                          fontWeight: i === j ? 'bold' : undefined,
                        }}
                      >
                        {n}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
        <SectionAgreement units={units} template={template} />
      </section>
      <ModerationSummary records={records} template={template} />
      <AgreementOverTime />
    </>
  );
}
