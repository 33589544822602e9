/**
 * Compliance beside quality on the dashboard: per section, the audits whose compliance answer and grade
 * diverge (compliant on paper but poor practice; not compliant but good practice). Choosing a bar (a
 * click, or its count in the table from the keyboard) narrows the dashboard to exactly those audits.
 */
import { useMemo } from 'preact/hooks';
import type { Audit } from '@/lib/model/audit';
import { auditMatches, type ExportFilters } from '@/lib/export/filters';
import type { TemplateBook } from '@/lib/dashboard/labels';
import {
  divergenceCounts,
  divergenceFocus,
  divergenceSeries,
  type CaseFocus,
} from '@/lib/dashboard/divergence-chart';
import { BarChart } from './BarChart';

interface Props {
  audits: readonly Audit[];
  filters: ExportFilters;
  book: TemplateBook;
  onFocus(focus: CaseFocus): void;
}

export function DivergenceChart({ audits, filters, book, onFocus }: Props) {
  const shown = useMemo(() => audits.filter((a) => auditMatches(a, filters)), [audits, filters]);
  const counts = useMemo(() => divergenceCounts(shown, book), [shown, book]);
  const series = useMemo(() => divergenceSeries(counts), [counts]);
  return (
    <BarChart
      id="compliance-beside-quality"
      title="Compliance beside quality: where they diverge"
      series={series}
      horizontal
      choosable
      onSelect={(key, index) => {
        const focus = divergenceFocus(counts, shown, key, index);
        if (focus) onFocus(focus);
      }}
    />
  );
}
