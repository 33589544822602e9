/**
 * The privacy options every export and report offer: leave out quotes, pseudonymise; and where it
 * applies (`conversations`: what the choice says is included), conversation records, left out by default.
 */
import type { ExportOptions } from '@/lib/export/bundle-schema';

export function PrivacyChoices({
  value,
  onChange,
  conversations,
  labels = ['Leave out quoted record text', 'Pseudonymise person IDs and names'],
}: {
  value: ExportOptions;
  onChange(next: ExportOptions): void;
  /** Offer to include conversation records, saying where they go (e.g. "in Margin JSON only"). */
  conversations?: string;
  /** Other wording, where a page offers two sets of choices (each label must stay unique on the page). */
  labels?: readonly [string, string];
}) {
  return (
    <>
      <label class="choice">
        <input
          type="checkbox"
          checked={value.redactQuotes}
          onChange={(e) => onChange({ ...value, redactQuotes: e.currentTarget.checked })}
        />{' '}
        {labels[0]}
      </label>
      <label class="choice">
        <input
          type="checkbox"
          checked={value.pseudonymise}
          onChange={(e) => onChange({ ...value, pseudonymise: e.currentTarget.checked })}
        />{' '}
        {labels[1]}
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
