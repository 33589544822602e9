/**
 * The dashboard's charts over what the filters show; clicking a bar narrows the filters to it. Without
 * filters the observation charts come from the counts kept on write, so they are drawn at first paint.
 */
import { useMemo } from 'preact/hooks';
import type { Audit } from '@/lib/model/audit';
import type { CounterRow } from '@/lib/model/friction';
import type { Observation } from '@/lib/model/observation';
import type { ExportFilters } from '@/lib/export/filters';
import { auditsPerMonth, byFactor, frictionHotSpots, gradesBySection } from '@/lib/dashboard/aggregates';
import type { Labeller } from '@/lib/export/labels';
import type { TemplateBook } from '@/lib/dashboard/labels';
import { factorsFromSummary, gradesFromSummary } from '@/lib/dashboard/summary-charts';
import type { ObservationSummary } from '@/lib/storage/observation-summary';
import type { CaseFocus } from '@/lib/dashboard/divergence-chart';
import { BarChart } from './BarChart';
import { DivergenceChart } from './DivergenceChart';

interface Props {
  /** The observations the filters show; undefined while they are still being read. */
  observations: Observation[] | undefined;
  summary: ObservationSummary | undefined;
  audits: Audit[];
  counters: CounterRow[];
  filters: ExportFilters;
  onFilters(filters: ExportFilters): void;
  book: TemplateBook;
  labels: Labeller;
  /** Every audit (the divergence chart applies the filters itself), and how a chosen bar narrows the page. */
  allAudits: Audit[];
  onFocus(focus: CaseFocus): void;
  /** A case filter is set: the observation charts count what it shows, not the counts kept on write. */
  focused: boolean;
}

function monthRange(month: string): Pick<ExportFilters, 'dateFrom' | 'dateTo'> {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { dateFrom: `${month}-01`, dateTo: `${month}-${String(last).padStart(2, '0')}` };
}

export function ChartsPanel(props: Props) {
  const { observations, summary, audits, counters, filters, onFilters, book, labels } = props;
  const fromSummary = Object.keys(filters).length === 0 && !props.focused && summary !== undefined;
  const factors = useMemo(
    () => (fromSummary ? factorsFromSummary(summary) : byFactor(observations ?? [])),
    [fromSummary, summary, observations],
  );
  const grades = useMemo(
    () =>
      fromSummary
        ? gradesFromSummary(summary, labels, book)
        : gradesBySection(observations ?? [], labels, book),
    [fromSummary, summary, observations, labels, book],
  );
  const months = useMemo(() => auditsPerMonth(audits), [audits]);
  const hotSpots = useMemo(() => frictionHotSpots(counters), [counters]);
  return (
    <section class="card" aria-labelledby="charts-heading">
      <h2 id="charts-heading">Patterns</h2>
      <div class="charts">
        <BarChart
          id="by-factor"
          title="Observations by contributory factor"
          series={factors}
          horizontal
          onSelect={(factor) => onFilters({ ...filters, factor })}
        />
        <BarChart
          id="grades-by-section"
          title="Grades by template section"
          series={grades}
          onSelect={(sectionId) => onFilters({ ...filters, sectionId })}
        />
        <BarChart
          id="audits-per-month"
          title="Audits per month"
          series={months}
          onSelect={(month) => onFilters({ ...filters, ...monthRange(month) })}
        />
        <BarChart
          id="friction-hot-spots"
          title="Friction hot spots by form and field"
          series={hotSpots}
          horizontal
          onSelect={(screen) => onFilters({ ...filters, screen })}
        />
        <DivergenceChart audits={props.allAudits} filters={filters} book={book} onFocus={props.onFocus} />
      </div>
    </section>
  );
}
