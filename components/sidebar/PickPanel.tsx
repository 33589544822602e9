/**
 * What the sidebar shows in pick mode: how to pick (pointer or keyboard), the candidate under the
 * keyboard (announced as it moves), and Cancel. It takes the focus, so arrow keys, Enter and Esc
 * pressed here drive the picking and never reach the record.
 */
import type { PickView } from './use-pick';
import { useFocusOnMount } from '../use-focus-on-mount';

export function PickPanel({ pick }: { pick: PickView }) {
  const ref = useFocusOnMount<HTMLDivElement>();
  const onKeyDown = (event: KeyboardEvent) => {
    const { key } = event;
    if (event.target instanceof HTMLButtonElement && (key === 'Enter' || key === ' ')) return;
    if (key === 'Escape') pick.cancel();
    else if (key === 'Enter' || key === ' ') pick.step('choose');
    else if (key === 'ArrowDown' || key === 'ArrowRight') pick.step('next');
    else if (key === 'ArrowUp' || key === 'ArrowLeft') pick.step('previous');
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  const { position } = pick;
  return (
    <div
      class="pick-panel"
      role="group"
      aria-labelledby="pick-heading"
      aria-describedby="pick-help"
      tabIndex={-1}
      ref={ref}
      onKeyDown={onKeyDown}
    >
      <h3 id="pick-heading">Picking a field or element</h3>
      <p id="pick-help">
        Click a field or element in the record, or use the arrow keys to move through it and Enter to choose.
        Esc cancels.
      </p>
      <p role="status" class="pick-current">
        {position === null
          ? ''
          : position.label === null
            ? 'Nothing in this record can be picked.'
            : `${position.label} (${position.position} of ${position.count})`}
      </p>
      <button type="button" class="secondary" onClick={() => pick.cancel()}>
        Cancel picking
      </button>
    </div>
  );
}
