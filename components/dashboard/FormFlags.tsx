/**
 * The practitioner flags of the chosen form, as the exports show them (category, severity, time lost,
 * comment, work-around, when) with the practitioner pseudonymised: the QA lead looks for patterns in
 * the system, not at people. Record text a flag quoted is left out (the field or form says where).
 */
import { useEffect, useState } from 'preact/hooks';
import type { FrictionFlag } from '@/lib/model/friction';
import { categoryLabel } from '@/lib/friction/categories';
import { severityLabel } from '@/lib/dashboard/labels';
import { getPseudonymKey, pseudonym } from '@/lib/export/pseudonym';
import { formatDateTime, plural } from '../format';

function usePseudonyms(flags: FrictionFlag[]): Map<string, string> {
  const [names, setNames] = useState(new Map<string, string>());
  useEffect(() => {
    let current = true;
    void (async () => {
      const key = await getPseudonymKey();
      const authors = [...new Set(flags.map((f) => f.author).filter(Boolean))];
      const pairs = await Promise.all(
        authors.map(async (a) => [a, await pseudonym(key, 'author', a)] as const),
      );
      if (current) setNames(new Map(pairs));
    })();
    return () => {
      current = false;
    };
  }, [flags]);
  return names;
}

export function FormFlags({ flags, places }: { flags: FrictionFlag[]; places: Record<string, string> }) {
  const names = usePseudonyms(flags);
  if (flags.length === 0) return null;
  return (
    <details class="form-flags">
      <summary>The {plural(flags.length, 'flag')} on this form, practitioners pseudonymised</summary>
      <ul class="plain">
        {flags.map((flag) => (
          <li key={flag.id}>
            <strong>{categoryLabel(flag.category)}</strong> · {severityLabel(flag.severity)}
            {flag.minutesLost !== undefined && ` · ${plural(flag.minutesLost, 'minute')} lost`} · about{' '}
            {places[flag.id] ?? 'the form as a whole'}
            {flag.comment && <p class="note-text">{flag.comment}</p>}
            {flag.workaround && <p class="note-text">Work-around: {flag.workaround}</p>}
            <p class="meta">
              {flag.author ? (names.get(flag.author) ?? '…') : 'Unnamed'} · {formatDateTime(flag.createdAt)}
            </p>
          </li>
        ))}
      </ul>
    </details>
  );
}
