/** The friction evidence of this form (across people and days): flags by category, fields ranked by signal. */
import type { FrictionFlag } from '@/lib/model/friction';
import type { FieldSummary } from '@/lib/storage/friction-counters';
import { SEVERITY_LABELS, categoryLabel } from '@/lib/friction/categories';
import { formatDateTime, plural } from '../format';
import { describeCounts } from '@/lib/friction/signal-labels';

interface Props {
  flags: FrictionFlag[];
  fields: FieldSummary[];
  page: Record<string, number>;
  days: number;
  onDelete(flag: FrictionFlag): void;
  onCiteFlag(flag: FrictionFlag): void;
  onCiteField(field: FieldSummary, words: string): void;
}

export function FrictionSummary({ flags, fields, page, days, onDelete, onCiteFlag, onCiteField }: Props) {
  const byCategory = new Map<string, number>();
  for (const flag of flags) byCategory.set(flag.category, (byCategory.get(flag.category) ?? 0) + 1);
  const ranked = fields.filter((field) => field.score > 0).slice(0, 10);
  const pageSignals = (page.errorSummaries ?? 0) + (page.timeoutWarnings ?? 0) + (page.unsavedExits ?? 0);
  // Nothing to show: one line, not two empty headings.
  if (flags.length === 0 && ranked.length === 0 && pageSignals === 0) {
    return <p class="muted small friction-summary">No flags or friction signals on this form yet.</p>;
  }
  return (
    <div class="friction-summary">
      <h3>Flags on this form ({flags.length})</h3>
      {flags.length === 0 ? (
        <p class="muted small">None yet.</p>
      ) : (
        <>
          <ul class="tags" aria-label="Flags by category">
            {[...byCategory].map(([category, count]) => (
              <li key={category}>
                {categoryLabel(category)}: {count}
              </li>
            ))}
          </ul>
          <ul class="plain flags">
            {flags.slice(0, 10).map((flag) => (
              <li key={flag.id}>
                <strong>{categoryLabel(flag.category)}</strong> ·{' '}
                {SEVERITY_LABELS[flag.severity].split(':')[0]} severity
                {flag.minutesLost !== undefined && ` · ${flag.minutesLost} min lost`}
                {flag.target.quote && <span class="quote"> · “{flag.target.quote}”</span>}
                {flag.comment && <p class="note-text small">{flag.comment}</p>}
                <p class="meta">
                  {flag.author || 'Unnamed'} · {formatDateTime(flag.createdAt)}
                  <button
                    type="button"
                    class="link"
                    onClick={() => onDelete(flag)}
                    aria-label={`Delete flag ${categoryLabel(flag.category)} from ${formatDateTime(flag.createdAt)}`}
                  >
                    Delete
                  </button>
                  <button
                    type="button"
                    class="link"
                    onClick={() => onCiteFlag(flag)}
                    aria-label={`Cite flag ${categoryLabel(flag.category)} in an observation`}
                  >
                    Cite in observation
                  </button>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Fields by friction signal</h3>
      <p class="muted small">
        Over {plural(days, 'day')}. Page: {page.errorSummaries ?? 0} error summaries,{' '}
        {page.timeoutWarnings ?? 0} timeout warnings, {page.unsavedExits ?? 0} exits with unsaved input.
      </p>
      {ranked.length === 0 ? (
        <p class="muted small">No signals recorded yet.</p>
      ) : (
        <ol class="ranked" aria-label="Fields ranked by friction">
          {ranked.map((field) => (
            <li key={`${field.form}|${field.field}`}>
              <strong>{field.label ?? field.field}</strong>: {describeCounts(field.counts)}{' '}
              <button
                type="button"
                class="link"
                onClick={() => onCiteField(field, describeCounts(field.counts))}
                aria-label={`Cite friction on ${field.label ?? field.field} in an observation`}
              >
                Cite
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
