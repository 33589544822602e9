/** The dashboard's filters and free-text search: the same filters the exports use. */
import type { ExportFilters } from '@/lib/export/filters';
import type { ChoiceGroup } from '@/lib/dashboard/filter-choices';
import { FACTORS } from '@/lib/audit/factors';
import { FRICTION_CATEGORIES } from '@/lib/friction/categories';
import { KIND_LABELS, OBSERVATION_KINDS } from '@/lib/model/observation-kinds';

interface Props {
  filters: ExportFilters;
  onChange(filters: ExportFilters): void;
  authors: string[];
  people: string[];
  screens: string[];
  /** The real grades and template sections, grouped by scale and by template. */
  grades: ChoiceGroup[];
  sections: ChoiceGroup[];
}

export function Filters({ filters, onChange, authors, people, screens, grades, sections }: Props) {
  const set = (name: keyof ExportFilters) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    const next = { ...filters, [name]: value || undefined };
    if (!value) delete next[name];
    onChange(next);
  };
  const select = (name: keyof ExportFilters, label: string, options: [string, string][]) => (
    <div class="field">
      <label for={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} value={filters[name] ?? ''} onChange={set(name)}>
        <option value="">All</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  const grouped = (name: 'grade' | 'sectionId', label: string, groups: ChoiceGroup[]) => (
    <div class="field">
      <label for={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} value={filters[name] ?? ''} onChange={set(name)}>
        <option value="">Any</option>
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
  return (
    <form
      class="filters"
      role="search"
      aria-label="Filter observations"
      onSubmit={(event) => event.preventDefault()}
    >
      <div class="field">
        <label for="filter-text">Search</label>
        <input id="filter-text" type="search" value={filters.text ?? ''} onInput={set('text')} />
      </div>
      <div class="field">
        <label for="filter-from">From</label>
        <input id="filter-from" type="date" value={filters.dateFrom ?? ''} onChange={set('dateFrom')} />
      </div>
      <div class="field">
        <label for="filter-to">To</label>
        <input id="filter-to" type="date" value={filters.dateTo ?? ''} onChange={set('dateTo')} />
      </div>
      {select(
        'auditor',
        'Auditor',
        authors.map((a) => [a, a]),
      )}
      {select(
        'personId',
        'Person',
        people.map((p) => [p, p]),
      )}
      {select(
        'screen',
        'Screen',
        screens.map((s) => [s, s]),
      )}
      {select(
        'kind',
        'Kind',
        OBSERVATION_KINDS.map((k) => [k, KIND_LABELS[k]]),
      )}
      {select(
        'factor',
        'Contributory factor',
        FACTORS.map((f) => [f.id, f.label]),
      )}
      {select(
        'frictionCategory',
        'Friction category',
        FRICTION_CATEGORIES.map((c) => [c.id, c.label]),
      )}
      {grouped('grade', 'Grade', grades)}
      {grouped('sectionId', 'Template section', sections)}
    </form>
  );
}
