/** Thresholds of the passive friction signals (defaults from the domain notes), for QA leads to tune. */
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import {
  DEFAULT_THRESHOLDS,
  loadThresholds,
  saveThresholds,
  type FrictionThresholds,
} from '@/lib/settings/thresholds';

const FIELDS: [keyof FrictionThresholds, string][] = [
  ['rageClickCount', 'Clicks that make a rage click'],
  ['rageClickIntervalMs', 'Longest pause between rage clicks (ms)'],
  ['rageClickRadiusPx', 'Furthest distance between rage clicks (px)'],
  ['deadClickWindowMs', 'Time a click has to show an effect before it counts as dead (ms)'],
  ['flushIntervalMs', 'How often counts are saved (ms)'],
];

export function ThresholdsPanel() {
  const [values, setValues] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ text: string; alert?: boolean } | null>(null);
  useEffect(() => {
    void loadThresholds().then((t) =>
      setValues(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, String(v)]))),
    );
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    try {
      await saveThresholds(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)])));
      setStatus({ text: 'Thresholds saved. Open pages use them now.' });
    } catch (error) {
      const text =
        error instanceof z.ZodError
          ? error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; ')
          : String(error);
      setStatus({ text, alert: true });
    }
  }

  return (
    <form class="card" aria-labelledby="thresholds-heading" onSubmit={save}>
      <h2 id="thresholds-heading">Friction signal thresholds</h2>
      {FIELDS.map(([key, label]) => (
        <div class="field" key={key}>
          <label for={`threshold-${key}`}>{label}</label>
          <input
            id={`threshold-${key}`}
            type="number"
            inputMode="numeric"
            value={values[key] ?? ''}
            onInput={(e) => setValues({ ...values, [key]: e.currentTarget.value })}
            aria-describedby={`threshold-${key}-default`}
          />
          <p id={`threshold-${key}-default`} class="muted small">
            Default {DEFAULT_THRESHOLDS[key]}
          </p>
        </div>
      ))}
      <button type="submit">Save thresholds</button>
      {status && (
        <p role={status.alert ? 'alert' : 'status'} class={status.alert ? 'error' : 'saved'}>
          {status.text}
        </p>
      )}
    </form>
  );
}
