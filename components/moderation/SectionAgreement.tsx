/**
 * Agreement per template section (and the overall grade): Krippendorff's alpha with its 95% bootstrap
 * interval (computed in the agreement worker), in plain words, the least reliable section first, and the
 * small-sample caution where the interval is wide.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Template } from '@/lib/model/template';
import { computeAgreement } from '@/lib/moderation/agreement-client';
import { describeAlpha, describeInterval, smallSampleCaution } from '@/lib/moderation/bands';
import { OVERALL, ratingsOf, type Unit } from '@/lib/moderation/calibration';
import type { Estimate } from '@/lib/moderation/estimate';

interface Row {
  title: string;
  alpha: Estimate | undefined;
  /** Grades both people gave in this section. */
  pairs?: number;
}

const NONE: Estimate = { value: NaN, low: NaN, high: NaN, undefinedResamples: 0 };

export function SectionAgreement({ units, template }: { units: readonly Unit[]; template: Template }) {
  const [rows, setRows] = useState<Row[]>([]);
  const key = units.map((u) => `${u.section}${u.first}:${u.second}`).join(',');
  useEffect(() => {
    let current = true;
    const list = [{ id: OVERALL, title: 'Overall grade' }, ...template.sections];
    void Promise.all(
      list.map(async (s): Promise<Row> => {
        const ratings = ratingsOf(units, s.id);
        if (ratings[0]!.length === 0) return { title: s.title, alpha: undefined };
        const report = await computeAgreement({ ratings, resamples: 1000, seed: `margin-section-${s.id}` });
        return { title: s.title, alpha: report.alpha, pairs: report.pairableUnits };
      }),
    ).then((all) => {
      const rank = (row: Row) => (row.alpha && !Number.isNaN(row.alpha.value) ? row.alpha.value : Infinity);
      if (current) setRows(all.filter((r) => r.alpha).sort((a, b) => rank(a) - rank(b)));
    });
    return () => {
      current = false;
    };
  }, [key, template]);
  if (rows.length === 0) return null;
  return (
    <table data-testid="section-agreement">
      <caption>Agreement per section, least reliable first</caption>
      <thead>
        <tr>
          <th scope="col">Section</th>
          <th scope="col">Krippendorff's alpha</th>
          <th scope="col">How sure</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ title, alpha = NONE, pairs }) => (
          <tr key={title}>
            <th scope="row">{title}</th>
            <td>{describeAlpha(alpha.value)}</td>
            <td>
              {describeInterval(alpha)}
              {smallSampleCaution(alpha, pairs) ? `. ${smallSampleCaution(alpha, pairs)}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
