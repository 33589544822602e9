/** The counts beside a finding, in words: computed from its evidence (lib/learning/finding-counts.ts). */
import type { FindingCounts, Tally } from '@/lib/learning/finding-counts';
import { plural } from '../format';

const tallyWords = (t: Tally) =>
  `${plural(t.cases, 'case')}, ${plural(t.audits, 'audit')}, ${plural(t.auditors, 'auditor')}, ${plural(t.teams, 'team')}`;

export function CountsLine({ counts, live = false }: { counts: FindingCounts; live?: boolean }) {
  return (
    <p class="finding-counts" {...(live ? { role: 'status', 'aria-live': 'polite' } : {})}>
      Seen in {tallyWords(counts.all)}. Strengths: {plural(counts.strengths.items, 'observation')} in{' '}
      {plural(counts.strengths.cases, 'case')}. Concerns: {plural(counts.concerns.items, 'observation')} in{' '}
      {plural(counts.concerns.cases, 'case')}.
      {counts.missing > 0 ? ` ${plural(counts.missing, 'piece')} of evidence no longer on this device.` : ''}
    </p>
  );
}
