/**
 * Agreement per round over time: every round on this device with moderator's grades, oldest first,
 * Krippendorff's alpha with its 95% interval (agreement worker) in plain words, drawn as points with
 * interval bars against the 0.667 and 0.800 thresholds, and given as a table (the chart's accessible
 * form), with the small-sample caution where an interval is wide.
 */
import { useEffect, useState } from 'preact/hooks';
import { computeAgreement } from '@/lib/moderation/agreement-client';
import { describeAlpha, describeInterval, smallSampleCaution } from '@/lib/moderation/bands';
import type { Estimate } from '@/lib/moderation/estimate';
import { roundSeries, type RoundPoint } from '@/lib/moderation/series';
import { getDb } from '@/lib/storage/db';
import { latestTemplates } from '@/lib/storage/templates';
import { useLiveQuery } from '../use-live-query';

type Measured = RoundPoint & { alpha: Estimate; pairs: number };

const W = 560;
const H = 180;
const PAD = 36;
/** Alpha from −0.2 to 1 on the chart's height (lower values sit on the floor). */
const y = (alpha: number) => PAD / 2 + (H - PAD) * (1 - (Math.max(-0.2, alpha) + 0.2) / 1.2);

export function AgreementOverTime() {
  const stored = useLiveQuery(async () => {
    const db = getDb();
    const [rounds, records, templates] = [
      await db.rounds.toArray(),
      await db.moderations.toArray(),
      await latestTemplates(db),
    ];
    return roundSeries(rounds, records, (round) => templates.find((t) => t.id === round.templateId));
  }, []);
  const [points, setPoints] = useState<Measured[]>([]);
  useEffect(() => {
    if (stored.status !== 'ready') return;
    let current = true;
    void Promise.all(
      stored.value.points.map(async (p) => {
        const report = await computeAgreement({
          ratings: p.ratings,
          resamples: 1000,
          seed: 'margin-moderation',
        });
        return { ...p, alpha: report.alpha, pairs: report.pairableUnits };
      }),
    ).then((all) => current && setPoints(all));
    return () => {
      current = false;
    };
  }, [stored]);
  if (points.length === 0) return null;
  const step = points.length > 1 ? (W - 2 * PAD) / (points.length - 1) : 0;
  const x = (i: number) => (points.length > 1 ? PAD + i * step : W / 2);
  const uncoded = stored.status === 'ready' ? stored.value.uncoded : 0;
  return (
    <section class="card" aria-labelledby="over-time-heading">
      <h2 id="over-time-heading">Agreement over time</h2>
      <p class="hint">
        Krippendorff's alpha of each round's moderated grades: 0.800 or more is reliable, 0.667 to 0.800
        supports tentative conclusions only, below that grading is not reliable.
      </p>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        style={{ width: '100%', maxWidth: `${W}px`, height: 'auto' }}
        role="img"
        aria-label="Agreement per round: see the table below"
      >
        {[0.8, 0.667, 0].map((t) => (
          <g key={t}>
            <line x1={PAD} x2={W - 8} y1={y(t)} y2={y(t)} stroke="#b1b4b6" stroke-dasharray="4 3" />
            <text x={2} y={y(t) + 4} font-size="11">
              {t.toFixed(t ? 3 : 0)}
            </text>
          </g>
        ))}
        {points.map((p, i) =>
          Number.isNaN(p.alpha.value) ? null : (
            <g key={p.roundId}>
              {!Number.isNaN(p.alpha.low) && (
                <line
                  x1={x(i)}
                  x2={x(i)}
                  y1={y(p.alpha.low)}
                  y2={y(p.alpha.high)}
                  stroke="#1d70b8"
                  stroke-width="2"
                />
              )}
              <circle cx={x(i)} cy={y(p.alpha.value)} r="5" fill="#1d70b8" />
              <text x={x(i)} y={H - 2} font-size="11" text-anchor="middle">
                {p.opensOn}
              </text>
            </g>
          ),
        )}
      </svg>
      <table data-testid="agreement-over-time">
        <caption>Agreement per round, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Opened</th>
            <th scope="col">Audits moderated</th>
            <th scope="col">Krippendorff's alpha</th>
            <th scope="col">How sure</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.roundId}>
              <th scope="row">{p.name}</th>
              <td>{p.opensOn}</td>
              <td>{p.moderated}</td>
              <td>{describeAlpha(p.alpha.value)}</td>
              <td>
                {describeInterval(p.alpha)}
                {smallSampleCaution(p.alpha, p.pairs) ? `. ${smallSampleCaution(p.alpha, p.pairs)}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {uncoded > 0 && (
        <p>
          {uncoded} round{uncoded === 1 ? '' : 's'} left out: {uncoded === 1 ? 'its' : 'their'} template is
          not on this device.
        </p>
      )}
    </section>
  );
}
