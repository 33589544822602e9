/**
 * The dashboard's view of observations: filtered with the export filters (so what you see is what you
 * export), searched, and sorted by a column. Pure functions; 100,000 records take a few milliseconds.
 */
import type { Observation } from '../model/observation';
import { dateRange, observationMatches, type ExportFilters } from '../export/filters';
import { factorLabel } from '../audit/factors';

export type SortKey = 'createdAt' | 'author' | 'person' | 'screen' | 'kind' | 'grade' | 'section';
export interface Sort {
  key: SortKey;
  descending: boolean;
}

const VALUE: Record<SortKey, (o: Observation) => string> = {
  createdAt: (o) => o.createdAt,
  author: (o) => o.author.toLowerCase(),
  person: (o) => o.target.page.personId ?? '',
  screen: (o) => (o.target.page.formName ?? o.target.page.path).toLowerCase(),
  kind: (o) => o.kind,
  grade: (o) => o.grade ?? '',
  section: (o) => o.sectionId ?? '',
};

/** Observations passing the filters (dates included), sorted; a new array, the input untouched. */
export function visibleObservations(
  all: readonly Observation[],
  filters: ExportFilters,
  sort: Sort,
): Observation[] {
  const [from, to] = dateRange(filters);
  const kept = all.filter((o) => o.createdAt >= from && o.createdAt <= to && observationMatches(o, filters));
  const value = VALUE[sort.key];
  const direction = sort.descending ? -1 : 1;
  return kept.sort((a, b) => (value(a) < value(b) ? -direction : value(a) > value(b) ? direction : 0));
}

/** The distinct values of a field among observations, for filter choices. */
export function distinct(
  all: readonly Observation[],
  pick: (o: Observation) => string | undefined,
): string[] {
  return [...new Set(all.map(pick).filter((v): v is string => Boolean(v)))].sort();
}

export function factorsText(o: Observation): string {
  return o.factors.map((tag) => factorLabel(tag.factor, tag.subItem)).join('; ');
}
