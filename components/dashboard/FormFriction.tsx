/**
 * Friction by form: choose a form that has friction evidence, then see its fields with each passive
 * signal as a shaded cell with its number (darker is more, within the column), the practitioner flags
 * beside the field they are about, totals, and the flags themselves with practitioners pseudonymised.
 * Reads only the chosen form's counters and flags, through the indexes.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb } from '@/lib/storage/db';
import { formEvidence, formsWithFriction } from '@/lib/storage/friction-forms';
import { formChoices, formFriction } from '@/lib/dashboard/form-friction';
import { useLiveQuery } from '../use-live-query';
import { FormFrictionTable } from './FormFrictionTable';
import { FormFlags } from './FormFlags';

export function FormFriction() {
  useEffect(() => {
    if (location.hash.startsWith('#form='))
      document.getElementById('form-friction-heading')?.scrollIntoView();
  }, []);
  const forms = useLiveQuery(() => formsWithFriction(getDb()), []);
  // `dashboard.html#form=<origin|screen>` (a finding's friction flag clicking through) opens on that form.
  const [chosen, setChosen] = useState(() =>
    location.hash.startsWith('#form=') ? decodeURIComponent(location.hash.slice(6)) : '',
  );
  const choices = useMemo(() => (forms.status === 'ready' ? formChoices(forms.value) : []), [forms]);
  const evidence = useLiveQuery(async () => (chosen ? formEvidence(getDb(), chosen) : null), [chosen]);
  const friction = useMemo(
    () =>
      evidence.status === 'ready' && evidence.value
        ? formFriction(evidence.value.rows, evidence.value.flags)
        : null,
    [evidence],
  );
  const name = choices.find((choice) => choice.ref === chosen)?.label ?? '';

  return (
    <section class="card" aria-labelledby="form-friction-heading">
      <h2 id="form-friction-heading">Friction by form</h2>
      {forms.status === 'ready' && choices.length === 0 ? (
        <p class="muted">Nothing recorded yet: no form has friction signals or flags on this device.</p>
      ) : (
        <div class="field form-choice">
          <label for="friction-form">Form</label>
          <select id="friction-form" value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
            <option value="">Choose a form</option>
            {choices.map((choice) => (
              <option key={choice.ref} value={choice.ref}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {evidence.status === 'error' && (
        <p role="alert" class="error">
          Margin could not read this form’s friction: {evidence.message}
        </p>
      )}
      {friction && (
        <>
          <FormFrictionTable name={name} friction={friction} />
          <FormFlags
            flags={evidence.status === 'ready' ? (evidence.value?.flags ?? []) : []}
            places={friction.flagPlaces}
          />
        </>
      )}
    </section>
  );
}
