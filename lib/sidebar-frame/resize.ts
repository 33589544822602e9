/**
 * Resizing the sidebar from its left edge, by pointer (captured, so the iframe does not swallow the
 * moves) or by keyboard (arrow keys, 20 px a press). Only a person's input moves it.
 */
const KEY_STEP = 20;

export interface ResizeOptions {
  getWidth(): number;
  /** Shows a width while dragging. */
  preview(width: number): void;
  /** Saves the final width. */
  commit(width: number): void;
  signal: AbortSignal;
}

export function attachResize(handle: HTMLElement, options: ResizeOptions): void {
  const { signal } = options;
  let drag: { startX: number; startWidth: number; width: number } | null = null;

  handle.addEventListener(
    'pointerdown',
    (event) => {
      if (!event.isTrusted) return;
      drag = { startX: event.clientX, startWidth: options.getWidth(), width: options.getWidth() };
      handle.setPointerCapture(event.pointerId);
      event.preventDefault();
    },
    { signal },
  );
  handle.addEventListener(
    'pointermove',
    (event) => {
      if (!drag) return;
      drag.width = drag.startWidth + (drag.startX - event.clientX);
      options.preview(drag.width);
    },
    { signal },
  );
  const end = () => {
    if (!drag) return;
    options.commit(drag.width);
    drag = null;
  };
  handle.addEventListener('pointerup', end, { signal });
  handle.addEventListener('pointercancel', end, { signal });
  handle.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return;
      const delta = event.key === 'ArrowLeft' ? KEY_STEP : event.key === 'ArrowRight' ? -KEY_STEP : 0;
      if (delta === 0) return;
      event.preventDefault();
      options.commit(options.getWidth() + delta);
    },
    { signal },
  );
}
