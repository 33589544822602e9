/**
 * Work that capture keeps off the event path: naming a counted element, classifying a click and reading
 * the selection. Queued callbacks run together in one task `DELAY_MS` after the first was queued: by
 * then the frame after the event has been laid out and painted, so reading the selection or walking
 * the DOM forces no style or layout of its own. One timer per batch of work (an animation frame from
 * the extension's world costs more than the work it would schedule). `runNow()` runs what is queued at
 * once (before a batch is closed, or when the page is left).
 */

/** A queue of callbacks to run after the next frame. */
export interface Later {
  /** Queues `callback`; callbacks run in the order queued. */
  (callback: () => void): void;
  /** Runs every queued callback now. */
  runNow(): void;
  /** Drops what is queued and cancels the timers. */
  cancel(): void;
}

/** A few frames: long enough for the frame after the event, short enough to keep the order of clicks. */
export const DELAY_MS = 50;

/** A `Later` queue. */
export function createLater(): Later {
  let queue: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const runNow = () => {
    clear();
    const queued = queue;
    queue = [];
    for (const callback of queued) {
      try {
        callback();
      } catch (error) {
        console.warn('Margin friction capture:', error);
      }
    }
  };
  const later = ((callback: () => void) => {
    queue.push(callback);
    if (queue.length === 1) timer = setTimeout(runNow, DELAY_MS);
  }) as Later;
  later.runNow = runNow;
  later.cancel = () => {
    clear();
    queue = [];
  };
  return later;
}
