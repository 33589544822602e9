/**
 * All observations on this device: filters and search, counts, and a sortable table that stays smooth
 * at 100,000 rows. A row opens the case-system screen and focuses the observation in its sidebar.
 * Until every observation is in memory (`all` undefined), the count comes from the counts kept on write
 * and the newest-first table is read a page at a time as it scrolls; filters and sorting apply once
 * everything is read (the table says so meanwhile).
 */
import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Observation } from '@/lib/model/observation';
import { KIND_LABELS } from '@/lib/model/observation-kinds';
import type { ExportFilters } from '@/lib/export/filters';
import {
  distinct,
  factorsText,
  visibleObservations,
  type Sort,
  type SortKey,
} from '@/lib/dashboard/table-model';
import { setTabState } from '@/lib/background/tab-state';
import type { Labeller } from '@/lib/export/labels';
import type { TemplateBook } from '@/lib/dashboard/labels';
import { gradeChoices, sectionChoices } from '@/lib/dashboard/filter-choices';
import { formatDateTime, plural } from '../format';
import { Filters } from './Filters';
import { VirtualTable, type Column, type Rows } from './VirtualTable';
import type { PagedRows } from './use-paged-rows';

const NEWEST_FIRST: Sort = { key: 'createdAt', descending: true };
const NONE: Rows<Observation> = { length: 0, at: () => undefined };

/** Opens the observation's screen of the record in a new tab, the observation focused in its sidebar. */
export async function openRecord(observationId: string, page: Observation['target']['page']) {
  const tab = await browser.tabs.create({ url: `${page.origin}${page.path}` });
  if (tab.id !== undefined) await setTabState('focus', tab.id, { observationId, at: Date.now() });
}

export function ObservationsView({
  all,
  narrowed,
  total,
  paged,
  replyCounts,
  filters,
  onFilters,
  book,
  labels,
}: {
  /** Every observation, newest first; undefined while they are still being read. */
  all: Observation[] | undefined;
  /** A chart's case filter narrows `all` (so the pages read before it cannot stand in). */
  narrowed?: boolean;
  /** How many observations are stored (from the counts kept on write). */
  total: number;
  /** The newest-first rows read a page at a time, shown until `all` is read. */
  paged: PagedRows;
  /** How many replies each observation has (none listed: 0). */
  replyCounts: ReadonlyMap<string, number>;
  filters: ExportFilters;
  onFilters(f: ExportFilters): void;
  book: TemplateBook;
  labels: Labeller;
}) {
  const [sort, setSort] = useState<Sort>(NEWEST_FIRST);
  const count = all ? all.length : total;
  const unfiltered = Object.keys(filters).length === 0 && !narrowed && sort === NEWEST_FIRST;
  const rows: Rows<Observation> = useMemo(
    () =>
      all ? visibleObservations(all, filters, sort) : unfiltered ? { length: total, at: paged.at } : NONE,
    [all, filters, sort, unfiltered, total, paged],
  );
  const choices = useMemo(
    () => ({
      authors: distinct(all ?? [], (o) => o.author),
      people: distinct(all ?? [], (o) => o.target.page.personId),
      screens: distinct(all ?? [], (o) => o.target.page.formName ?? o.target.page.path),
      grades: gradeChoices(
        book,
        distinct(all ?? [], (o) => o.grade),
      ),
      sections: sectionChoices(
        book,
        distinct(all ?? [], (o) => o.sectionId),
      ),
    }),
    [all, book],
  );
  const sortable = (key: SortKey) => ({
    sort:
      sort.key === key
        ? sort.descending
          ? ('descending' as const)
          : ('ascending' as const)
        : ('none' as const),
    onSort: () => setSort({ key, descending: sort.key === key ? !sort.descending : key === 'createdAt' }),
  });
  const columns: Column<Observation>[] = [
    {
      key: 'date',
      label: 'Written',
      width: '8.5rem',
      render: (o) => formatDateTime(o.createdAt),
      ...sortable('createdAt'),
    },
    {
      key: 'author',
      label: 'Author',
      width: '7rem',
      render: (o) => o.author || 'Unnamed',
      ...sortable('author'),
    },
    {
      key: 'person',
      label: 'Person',
      width: '5.5rem',
      render: (o) => o.target.page.personId ?? '—',
      ...sortable('person'),
    },
    {
      key: 'screen',
      label: 'Screen',
      width: '8rem',
      render: (o) => o.target.page.formName ?? o.target.page.path,
      ...sortable('screen'),
    },
    { key: 'kind', label: 'Kind', width: '5.5rem', render: (o) => KIND_LABELS[o.kind], ...sortable('kind') },
    {
      key: 'section',
      label: 'Section',
      width: '9rem',
      render: (o) => labels.section(o) ?? '—',
      ...sortable('section'),
    },
    {
      key: 'grade',
      label: 'Grade',
      width: '7rem',
      render: (o) => labels.grade(o) ?? '—',
      ...sortable('grade'),
    },
    { key: 'factors', label: 'Factors', width: '10rem', render: factorsText },
    { key: 'comment', label: 'Observation', width: 'minmax(10rem, 1fr)', render: (o) => o.comment },
    { key: 'replies', label: 'Replies', width: '5rem', render: (o) => replyCounts.get(o.id) ?? 0 },
  ];
  return (
    <section class="card" aria-labelledby="observations-heading">
      <h2 id="observations-heading">Observations</h2>
      <Filters filters={filters} onChange={onFilters} {...choices} />
      <p role="status" class="summary" aria-busy={all === undefined}>
        {!all && !unfiltered
          ? `Reading all ${plural(total, 'observation')} to filter and sort…`
          : rows.length === count
            ? plural(count, 'observation')
            : `${rows.length} of ${plural(count, 'observation')}`}
      </p>
      <VirtualTable
        name="Observations"
        height={Math.min(440, Math.max(rows.length, 4) * 34)}
        rows={rows}
        onRange={all ? undefined : paged.want}
        columns={columns}
        rowKey={(o) => o.id}
        onOpen={(o) => void openRecord(o.id, o.target.page)}
      />
    </section>
  );
}
