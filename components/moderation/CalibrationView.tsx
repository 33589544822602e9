/**
 * Calibration of a round's first auditors against the moderator: per auditor the mean difference and
 * how often they graded higher, the same or lower, with the overall grades' confusion matrix as a heat
 * map that is also a table; per template section Krippendorff's alpha in plain words (from the worker),
 * the least reliable section named first; then the round's moderation summary.
 */
import { useEffect, useState } from 'preact/hooks';
import { gradeLabel } from '@/lib/audit/scales';
import type { ModerationRecord } from '@/lib/model/moderation';
import type { Template } from '@/lib/model/template';
import { computeAgreement } from '@/lib/moderation/agreement-client';
import { describeAlpha } from '@/lib/moderation/bands';
import { calibrateAuditors, OVERALL, ratingsOf, scalesOf, unitsOf } from '@/lib/moderation/calibration';
import { ModerationSummary } from './ModerationSummary';

const signed = (n: number) => (Number.isNaN(n) ? '—' : `${n > 0 ? '+' : ''}${n.toFixed(2)} steps`);

export function CalibrationView({ records, template }: { records: ModerationRecord[]; template: Template }) {
  const units = unitsOf(records, template);
  const levels = scalesOf(template).get(OVERALL)!;
  const scale = template.overallScale ?? template.scale;
  const auditors = calibrateAuditors(units, levels.length);
  const [sections, setSections] = useState<{ title: string; alpha: number }[]>([]);
  const key = units.map((u) => `${u.section}${u.first}:${u.second}`).join(',');
  useEffect(() => {
    const list = [{ id: OVERALL, title: 'Overall grade' }, ...template.sections];
    void Promise.all(
      list.map(async (s) => {
        const ratings = ratingsOf(units, s.id);
        if (ratings[0]!.length === 0) return { title: s.title, alpha: NaN };
        const report = await computeAgreement({ ratings, resamples: 0 });
        return { title: s.title, alpha: report.alpha.value };
      }),
    ).then((all) => setSections(all.sort((a, b) => (a.alpha || 0) - (b.alpha || 0))));
  }, [key]);
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
        {sections.length > 0 && (
          <table>
            <caption>Agreement per section, least reliable first</caption>
            <thead>
              <tr>
                <th scope="col">Section</th>
                <th scope="col">Krippendorff's alpha</th>
              </tr>
            </thead>
            <tbody>
              {sections.map((s) => (
                <tr key={s.title}>
                  <td>{s.title}</td>
                  <td>{describeAlpha(s.alpha)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <ModerationSummary records={records} template={template} />
    </>
  );
}
