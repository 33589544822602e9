/**
 * One form's fields and their friction signals: a table with a caption and headers, sortable by any
 * column (the heading is a button; aria-sort says how it is sorted), each count in a cell shaded from
 * light to dark by its share of the column's highest, with the number always written, the flags about
 * each field by category, and a totals row. Page-level signals in a summary list above it.
 */
import { useMemo, useState } from 'preact/hooks';
import {
  FIELD_SIGNALS,
  PAGE_SIGNALS,
  heatLevel,
  sortFields,
  type FieldSortKey,
  type FlagCount,
  type FormFriction,
} from '@/lib/dashboard/form-friction';
import { plural } from '../format';

function Flags({ flags }: { flags: FlagCount[] }) {
  if (flags.length === 0) return <span class="muted">None</span>;
  return (
    <ul class="plain flag-counts">
      {flags.map((flag) => (
        <li key={flag.category}>
          {flag.label}: {flag.count}
        </li>
      ))}
    </ul>
  );
}

export function FormFrictionTable({ name, friction }: { name: string; friction: FormFriction }) {
  const [sort, setSort] = useState<{ key: FieldSortKey; descending: boolean }>({
    key: 'total',
    descending: true,
  });
  const rows = useMemo(() => sortFields(friction.fields, sort.key, sort.descending), [friction, sort]);
  const max = (key: string) => Math.max(0, ...friction.fields.map((f) => f.counts[key] ?? 0));
  const maxTotal = Math.max(0, ...friction.fields.map((f) => f.total));
  const header = (key: FieldSortKey, words: string) => {
    const state = sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none';
    return (
      <th scope="col" aria-sort={state} key={key}>
        <button
          type="button"
          class="link"
          onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : key !== 'label' })}
        >
          {words}
          <span aria-hidden="true">{state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ''}</span>
        </button>
      </th>
    );
  };
  const cell = (value: number, top: number, key: string) => (
    <td key={key} class={`num heat-${heatLevel(value, top)}`}>
      {value}
    </td>
  );

  return (
    <>
      <p>
        Over {plural(friction.days, 'day')}, from {plural(friction.devices, 'device')}:{' '}
        {plural(friction.total, 'signal')} on {plural(friction.fields.length, 'field')},{' '}
        {plural(friction.flagTotal, 'flag')}.
      </p>
      <dl class="summary-list" aria-label={`The whole form “${name}”`}>
        {PAGE_SIGNALS.map(([key, words]) => (
          <div key={key}>
            <dt>{words}</dt>
            <dd>{friction.page[key] ?? 0}</dd>
          </div>
        ))}
      </dl>
      <p class="muted small">
        Margin does not record where a field sits on the form, so fields are listed with the most friction
        signals first; choose a column heading to sort by it. Shading: darker means more, compared with the
        highest number in the column; the number is always shown.
      </p>
      <div class="table-scroll" role="region" aria-label={`Friction on “${name}”, scrollable`} tabIndex={0}>
        <table class="heat-table">
          <caption>Friction signals and flags on “{name}”, by field</caption>
          <thead>
            <tr>
              {header('label', 'Field')}
              {FIELD_SIGNALS.map(([key, words]) => header(key, words))}
              {header('total', 'All signals (not focus)')}
              {header('flags', 'Practitioner flags')}
            </tr>
          </thead>
          <tbody>
            {rows.map((field) => (
              <tr key={field.key}>
                <th scope="row">{field.label}</th>
                {FIELD_SIGNALS.map(([key]) => cell(field.counts[key] ?? 0, max(key), key))}
                {cell(field.total, maxTotal, 'total')}
                <td>
                  <Flags flags={field.flags} />
                </td>
              </tr>
            ))}
            {friction.formFlags.length > 0 && (
              <tr>
                <th scope="row">The form as a whole (or text on it)</th>
                {FIELD_SIGNALS.map(([key]) => (
                  <td key={key} class="num muted">
                    —
                  </td>
                ))}
                <td class="num muted">—</td>
                <td>
                  <Flags flags={friction.formFlags} />
                </td>
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              {FIELD_SIGNALS.map(([key]) => (
                <td key={key} class="num">
                  {friction.totals[key] ?? 0}
                </td>
              ))}
              <td class="num">{friction.total}</td>
              <td>{plural(friction.flagTotal, 'flag')}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
