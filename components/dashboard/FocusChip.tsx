/**
 * The visible, removable chip of a chart's case filter (one bar of the divergence chart): it stays at the
 * top of the window while set, so the person sees what the page now shows wherever they chose the bar.
 */
import type { CaseFocus } from '@/lib/dashboard/divergence-chart';
import { plural } from '../format';

export function FocusChip({ focus, onRemove }: { focus: CaseFocus | undefined; onRemove(): void }) {
  return (
    <div role="status" class="focus-status">
      {focus && (
        <div class="chip">
          <span>
            Showing only {plural(focus.auditIds.size, 'audit')} ({plural(focus.personIds.size, 'case')}):{' '}
            <strong>{focus.label}</strong>
            <span class="muted small"> (exports follow the filters, not this choice)</span>
          </span>
          <button type="button" onClick={onRemove} aria-label={`Remove filter: ${focus.label}`}>
            Remove filter ×
          </button>
        </div>
      )}
    </div>
  );
}
