/**
 * Suggested findings (lib/learning/suggest.ts): combinations of a contributory factor with a template
 * section or a friction category seen in at least N cases by at least M auditors (both changeable),
 * most cases first, each with "Start a finding from this".
 */
import { useMemo, useState } from 'preact/hooks';
import { factorLabel } from '@/lib/audit/factors';
import { categoryLabel } from '@/lib/friction/categories';
import type { LearningData } from '@/lib/learning/evidence';
import { SUGGEST_DEFAULTS, suggestFindings, type Suggestion } from '@/lib/learning/suggest';
import { plural } from '../format';

export function suggestionTitle(s: Suggestion, sectionTitle: (id: string) => string): string {
  const on =
    s.on.kind === 'section'
      ? `section “${sectionTitle(s.on.sectionId)}”`
      : `friction: ${categoryLabel(s.on.category)}`;
  return `${factorLabel(s.factor)} × ${on}`;
}

export function SuggestionsList(props: {
  data: LearningData;
  sectionTitle: (id: string) => string;
  onStart(s: Suggestion): void;
}) {
  const { data, sectionTitle, onStart } = props;
  const [minCases, setMinCases] = useState(SUGGEST_DEFAULTS.minCases);
  const [minAuditors, setMinAuditors] = useState(SUGGEST_DEFAULTS.minAuditors);
  const suggestions = useMemo(
    () => suggestFindings(data, { minCases, minAuditors }),
    [data, minCases, minAuditors],
  );
  const number = (value: string, fallback: number) => Math.max(1, Math.floor(Number(value)) || fallback);
  return (
    <section class="card" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading" tabIndex={-1}>
        Suggested findings
      </h2>
      <p>
        Contributory factors seen with the same template section, or with the same kind of friction, in enough
        cases by enough auditors to be a pattern rather than one case. Most cases first, then most auditors,
        then most evidence.
      </p>
      <div class="row thresholds">
        <div class="field">
          <label for="min-cases">Seen in at least this many cases</label>
          <input
            id="min-cases"
            type="number"
            min={1}
            value={minCases}
            onChange={(e) => setMinCases(number(e.currentTarget.value, SUGGEST_DEFAULTS.minCases))}
          />
        </div>
        <div class="field">
          <label for="min-auditors">By at least this many auditors</label>
          <input
            id="min-auditors"
            type="number"
            min={1}
            value={minAuditors}
            onChange={(e) => setMinAuditors(number(e.currentTarget.value, SUGGEST_DEFAULTS.minAuditors))}
          />
        </div>
      </div>
      {suggestions.length === 0 ? (
        <p>
          No combination is seen in {plural(minCases, 'case')} by {plural(minAuditors, 'auditor')} yet.
        </p>
      ) : (
        <ol class="suggestions" aria-label="Suggested findings">
          {suggestions.map((s) => {
            const title = suggestionTitle(s, sectionTitle);
            return (
              <li key={s.key}>
                <strong>{title}</strong>
                <span>
                  {plural(s.cases, 'case')}, {plural(s.auditors, 'auditor')}; {plural(s.concerns, 'concern')},{' '}
                  {plural(s.strengths, 'strength')}
                </span>
                <button
                  type="button"
                  class="secondary"
                  aria-label={`Start a finding from this: ${title}`}
                  onClick={() => onStart(s)}
                >
                  Start a finding from this
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
