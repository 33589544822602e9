/**
 * Work that capture keeps off the event path: naming a counted element, classifying a click and reading
 * the selection. Queued callbacks run once after the next frame has been laid out and painted (an
 * animation frame, then a task), when reading the selection or walking the DOM forces no style or
 * layout of its own; a timeout covers hidden tabs, where animation frames never come. `runNow()`
 * runs what is queued at once (before a batch is closed, or when the page is left).
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

/** Longest wait when no frame comes (a hidden tab). */
const FALLBACK_MS = 250;

/** A `Later` queue for `win` (without `requestAnimationFrame`, the fallback timeout alone). */
export function createLater(win: (Window & typeof globalThis) | null): Later {
  let queue: (() => void)[] = [];
  let frame: number | undefined;
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  let fallback: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    if (frame !== undefined) win?.cancelAnimationFrame?.(frame);
    clearTimeout(afterFrame);
    clearTimeout(fallback);
    frame = afterFrame = fallback = undefined;
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
    if (queue.length > 1) return;
    if (win?.requestAnimationFrame) {
      frame = win.requestAnimationFrame(() => {
        frame = undefined;
        afterFrame = setTimeout(runNow, 0);
      });
    }
    fallback = setTimeout(runNow, FALLBACK_MS);
  }) as Later;
  later.runNow = runNow;
  later.cancel = () => {
    clear();
    queue = [];
  };
  return later;
}
