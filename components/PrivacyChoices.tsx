/** The two privacy options every export and the round report offer: leave out quotes, pseudonymise. */
import type { ExportOptions } from '@/lib/export/bundle-schema';

export function PrivacyChoices({
  value,
  onChange,
  of = '',
}: {
  value: ExportOptions;
  onChange(next: ExportOptions): void;
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
    </>
  );
}
