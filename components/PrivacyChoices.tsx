/**
 * The privacy options every export and report offer: leave out quotes, pseudonymise; and where it
 * applies (`conversations`: what the choice says is included), conversation records, left out by default.
 */
import type { ExportOptions } from '@/lib/export/bundle-schema';

export function PrivacyChoices({
  value,
  onChange,
  conversations,
  of = '',
}: {
  value: ExportOptions;
  onChange(next: ExportOptions): void;
  /** Offer to include conversation records, saying where they go (e.g. "in Margin JSON only"). */
  conversations?: string;
  /** Words added to each label (" in the change log") where a page offers two sets of choices. */
  of?: string;
}) {
  return (
    <>
      <label class="choice">
        <input
          type="checkbox"
          checked={value.redactQuotes}
          onChange={(e) => onChange({ ...value, redactQuotes: e.currentTarget.checked })}
        />{' '}
        Leave out quoted record text{of}
      </label>
      <label class="choice">
        <input
          type="checkbox"
          checked={value.pseudonymise}
          onChange={(e) => onChange({ ...value, pseudonymise: e.currentTarget.checked })}
        />{' '}
        Pseudonymise person IDs and names{of}
      </label>
      {conversations !== undefined && (
        <label class="choice">
          <input
            type="checkbox"
            checked={value.includeConversations === true}
            onChange={(e) => onChange({ ...value, includeConversations: e.currentTarget.checked })}
          />{' '}
          Include conversation records {conversations} (what practitioners and families said; leaving out
          quoted text also leaves out their names and own words)
        </label>
      )}
    </>
  );
}
