/**
 * Where a piece of evidence leads: an observation to its audit (the report of that audit) and to the
 * record's screen (a new tab, the observation focused in its sidebar, as the dashboard's table does); a
 * conversation to its audit; a friction flag to its form on the dashboard (friction by form).
 */
import type { EvidenceItem } from '@/lib/learning/evidence-items';
import { openRecord } from '../dashboard/ObservationsView';

export function EvidenceLinks({ item }: { item: EvidenceItem }) {
  return (
    <span class="evidence-links">
      {item.auditId && (
        <a
          href={`/report.html?audit=${encodeURIComponent(item.auditId)}`}
          target="_blank"
          aria-label={`Open the audit: ${item.label}`}
        >
          Open the audit
        </a>
      )}
      {item.kind === 'observation' && item.page && (
        <button
          type="button"
          class="link"
          aria-label={`Open in the record: ${item.label}`}
          onClick={() => void openRecord(item.ref.id, item.page!)}
        >
          Open in the record
        </button>
      )}
      {item.formRef && (
        <a
          href={`/dashboard.html#form=${encodeURIComponent(item.formRef)}`}
          target="_blank"
          aria-label={`Open its form: ${item.label}`}
        >
          Open its form
        </a>
      )}
    </span>
  );
}
