/** The passive friction signals in words, in the order they are shown (sidebar summary, in-page layer). */
export const SIGNAL_LABELS: readonly (readonly [string, string])[] = [
  ['invalid', 'validation errors'],
  ['returns', 'returns'],
  ['corrections', 'corrections'],
  ['pastes', 'pastes'],
  ['abandoned', 'left unfinished'],
  ['rageClicks', 'rage clicks'],
  ['deadClicks', 'dead clicks'],
];

/** "3 validation errors, 1 returns": the non-zero signals of a field, or "focus only". */
export function describeCounts(counts: Record<string, number>): string {
  return (
    SIGNAL_LABELS.filter(([name]) => counts[name])
      .map(([name, label]) => `${counts[name]} ${label}`)
      .join(', ') || 'focus only'
  );
}
