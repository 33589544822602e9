/**
 * Flagging friction in two actions: "Flag friction" opens this form about the selected text or the
 * field the person was last in (else the screen), with the last category and severity already chosen;
 * "Save flag" stores it. Another field can be picked, or the whole screen chosen instead. The first flag has no category chosen: the person
 * picks one (a preset would file two-click flags under a category nobody chose). Time lost, comment
 * and work-around are optional.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import { FRICTION_CATEGORIES, SEVERITY_LABELS } from '@/lib/friction/categories';
import { SEVERITIES, type FrictionCategory, type Severity } from '@/lib/model/friction-categories';
import { lastFlagChoice, rememberFlagChoice } from '@/lib/friction/last-flag';
import type { ObservationTarget } from '@/lib/model/observation';
import { TargetSummary, targetKind } from '../observations/TargetSummary';
import { errorText } from '../error-text';
import { useFocusOnMount } from '../use-focus-on-mount';

interface Props {
  target: ObservationTarget;
  /** Pick mode's panel while the person picks another field, else null. */
  picking: ComponentChildren;
  onPick(): void;
  onWholeScreen(): void;
  onDone(saved: boolean): void;
}

export function FlagForm({ target, picking, onPick, onWholeScreen, onDone }: Props) {
  const [category, setCategory] = useState<FrictionCategory | null>(null);
  const [severity, setSeverity] = useState<Severity>('medium');
  const [minutes, setMinutes] = useState('');
  const [comment, setComment] = useState('');
  const [workaround, setWorkaround] = useState('');
  const [error, setError] = useState<string | null>(null);
  const categoryRef = useFocusOnMount<HTMLSelectElement>([target]);
  useEffect(() => {
    void lastFlagChoice().then((last) => {
      setCategory(last.category);
      setSeverity(last.severity);
    });
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    if (category === null) return setError('Choose the friction category first.');
    const minutesLost = minutes.trim() === '' ? undefined : Number(minutes);
    if (minutesLost !== undefined && (!Number.isInteger(minutesLost) || minutesLost < 0)) {
      return setError('Time lost is a whole number of minutes.');
    }
    try {
      const fields = {
        category,
        severity,
        ...(minutesLost !== undefined ? { minutesLost } : {}),
        ...(comment.trim() ? { comment } : {}),
        ...(workaround.trim() ? { workaround } : {}),
      };
      await request({ type: 'friction/flag-create', fields, target });
      await rememberFlagChoice(category, severity);
      onDone(true);
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  return (
    <form
      class="flag-form"
      aria-labelledby="flag-heading"
      onSubmit={save}
      onKeyDown={(event) => event.key === 'Escape' && !picking && onDone(false)}
    >
      <h3 id="flag-heading">Flag friction</h3>
      <TargetSummary target={target} />
      {picking ?? (
        <div class="row">
          <button type="button" class="secondary" onClick={onPick}>
            {targetKind(target) === 'page' ? 'Choose a field' : 'Choose another field'}
          </button>
          {targetKind(target) !== 'page' && (
            <button type="button" class="secondary" onClick={onWholeScreen}>
              The whole screen instead
            </button>
          )}
        </div>
      )}
      <div class="field">
        <label for="flag-category">Friction category</label>
        <select
          id="flag-category"
          value={category ?? ''}
          onChange={(event) => setCategory((event.currentTarget.value || null) as FrictionCategory | null)}
          aria-invalid={error !== null && category === null}
          ref={categoryRef}
        >
          <option value="" disabled>
            Choose a category
          </option>
          {FRICTION_CATEGORIES.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>Severity</legend>
        {SEVERITIES.map((level) => (
          <label class="choice" key={level}>
            <input
              type="radio"
              name="severity"
              checked={severity === level}
              onChange={() => setSeverity(level)}
            />{' '}
            {SEVERITY_LABELS[level]}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="flag-minutes">Time lost, in minutes (optional)</label>
        <input
          id="flag-minutes"
          inputMode="numeric"
          value={minutes}
          onInput={(event) => setMinutes(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="flag-comment">What happened (optional)</label>
        <textarea
          id="flag-comment"
          rows={2}
          value={comment}
          onInput={(event) => setComment(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="flag-workaround">Work-around you used (optional)</label>
        <textarea
          id="flag-workaround"
          rows={2}
          value={workaround}
          onInput={(event) => setWorkaround(event.currentTarget.value)}
        />
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit">Save flag</button>
        <button type="button" class="secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
