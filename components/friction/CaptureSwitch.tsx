/** The opt-in switch for passive friction capture on this site, and a plain statement of what it records. */
import { useEffect, useState } from 'preact/hooks';
import { isCaptureOn, setCapture, watchCapture } from '@/lib/friction/capture-setting';
import { usePolicy } from '../use-policy';

export function useCapture(origin: string | null): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(false);
  useEffect(() => {
    if (!origin) return;
    const controller = new AbortController();
    void isCaptureOn(origin).then((value) => !controller.signal.aborted && setOn(value));
    watchCapture(origin, setOn, controller.signal);
    return () => controller.abort();
  }, [origin]);
  return [
    on,
    (value) => {
      if (!origin) return;
      setOn(value); // shown at once; every tab follows through storage
      void setCapture(origin, value);
    },
  ];
}

export function CaptureSwitch({ origin }: { origin: string | null }) {
  const [on, set] = useCapture(origin);
  const policy = usePolicy();
  if (policy?.policy.allowPassiveCapture === false) {
    return (
      <p class="muted small">
        🔒 Passive friction signals are turned off by your organisation. You can still flag friction yourself.
      </p>
    );
  }
  return (
    <div class="capture">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          disabled={!origin}
          onChange={(event) => set(event.currentTarget.checked)}
          aria-describedby="capture-hint"
        />
        Record friction signals
      </label>
      <p id="capture-hint" class={on ? 'recording' : 'muted small'}>
        {on
          ? `● Recording on ${origin}: counts of focus, returns, corrections, pastes, errors and clicks per field. Never what you type. Switch off to stop at once.`
          : 'Off. When on, Margin counts how forms get in your way on this site (never what you type).'}
      </p>
    </div>
  );
}
