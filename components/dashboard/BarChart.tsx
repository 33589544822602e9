/**
 * A bar chart (Chart.js) that can be read without colour (each series has its own fill pattern and the
 * numbers are in a table for screen readers), filters the dashboard when a bar is clicked, and can be
 * downloaded as an image. A `choosable` chart shows its table, each count a button, so a bar can be
 * chosen from the keyboard too.
 */
import { useEffect, useRef } from 'preact/hooks';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { Series } from '@/lib/dashboard/aggregates';
import { isEmptySeries, wrapLabel } from '@/lib/dashboard/chart-text';
import { downloadBlob } from '../download';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const INKS = ['#00703c', '#b3261e', '#1d70b8', '#594d00', '#4c2c92', '#505a5f'];

/** A fill for series `index`: solid, diagonal hatching, dots… so series differ without colour. */
function fill(index: number): CanvasPattern | string {
  const ink = INKS[index % INKS.length]!;
  if (index === 0) return ink;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const g = tile.getContext('2d');
  if (!g) return ink;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = g.fillStyle = ink;
  g.lineWidth = 2;
  if (index % 3 === 1) {
    g.beginPath();
    g.moveTo(0, 8);
    g.lineTo(8, 0);
    g.stroke();
  } else {
    g.fillRect(2, 2, 3, 3);
  }
  return g.createPattern(tile, 'repeat') ?? ink;
}

/**
 * Room for every label's lines: Chart.js gives each category an equal band, so a horizontal chart
 * grows with its categories times its longest label's lines (labels would overlap otherwise).
 */
function chartHeight(series: Series, horizontal?: boolean): number {
  if (!horizontal) return 18;
  const lines = Math.max(1, ...series.labels.map((label) => wrapLabel(label, 26).length));
  return Math.max(16, 5 + series.labels.length * (lines * 1.15 + 0.5));
}

interface Props {
  id: string;
  title: string;
  series: Series;
  horizontal?: boolean;
  /** Called with the bar's category key and its series' index. */
  onSelect?(key: string, series: number): void;
  /** Show the numbers table, each count a button choosing its bar (keyboard). */
  choosable?: boolean;
}

export function BarChart({ id, title, series, horizontal, onSelect, choosable }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const empty = isEmptySeries(series);
  useEffect(() => {
    if (!canvas.current || empty) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        // Long labels in lines: an axis clips a long one-line label from its start.
        labels: series.labels.map((label) => wrapLabel(label, horizontal ? 26 : 18)),
        datasets: series.datasets.map((set, index) => ({
          ...set,
          backgroundColor: fill(index),
          borderColor: INKS[index % INKS.length],
          borderWidth: 1.5,
        })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } },
          [horizontal ? 'y' : 'x']: { ticks: { autoSkip: false, maxRotation: 0 } },
        },
        plugins: {
          // The tooltip names the bar in full, on one line.
          tooltip: { callbacks: { title: (items) => series.labels[items[0]?.dataIndex ?? 0] ?? '' } },
        },
        onClick: (_event, elements) => {
          const hit = elements[0];
          if (hit && onSelect) onSelect(series.keys[hit.index]!, hit.datasetIndex);
        },
      },
    });
    return () => chart.destroy();
  }, [series, empty]);

  const download = () =>
    canvas.current?.toBlob((blob) => blob && downloadBlob(`${id}.png`, blob), 'image/png');

  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {empty ? (
        <p class="chart-empty">Nothing recorded yet.</p>
      ) : (
        <div class="chart-canvas" style={{ height: `${chartHeight(series, horizontal)}rem` }}>
          <canvas
            ref={canvas}
            role="img"
            aria-label={`${title} (chart; the numbers are in the table that follows)`}
          />
        </div>
      )}
      {!empty && (
        <table class={choosable ? 'chart-table' : 'visually-hidden'} aria-label={`${title}: numbers`}>
          <thead>
            <tr>
              <th scope="col">Category</th>
              {series.datasets.map((set) => (
                <th scope="col" key={set.label}>
                  {set.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.labels.map((label, index) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {series.datasets.map((set, at) => (
                  <td key={set.label}>
                    {choosable && onSelect && set.data[index] ? (
                      <button
                        type="button"
                        class="link"
                        onClick={() => onSelect(series.keys[index]!, at)}
                        aria-label={`${set.label}, ${label}: ${set.data[index]}. Show them`}
                      >
                        {set.data[index]}
                      </button>
                    ) : (
                      set.data[index]
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!empty && (
        <button type="button" class="link" onClick={download} aria-label={`Download “${title}” as an image`}>
          Download image
        </button>
      )}
    </figure>
  );
}
