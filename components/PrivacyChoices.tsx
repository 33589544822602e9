/** The two privacy options every export and the round report offer: leave out quotes, pseudonymise. */
import type { ExportOptions } from '@/lib/export/bundle-schema';

export function PrivacyChoices({
  value,
  onChange,
  labels = ['Leave out quoted record text', 'Pseudonymise person IDs and names'],
}: {
  value: ExportOptions;
  onChange(next: ExportOptions): void;
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
    </>
  );
}
