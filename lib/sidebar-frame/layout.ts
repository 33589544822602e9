/**
 * Applies the sidebar's layout to the host page: sizes the host element and, in push mode, shifts the
 * page left by the sidebar's width so the record is never hidden behind it. Restores the page's own
 * inline margin when the sidebar is hidden or Margin is switched off.
 */
import type { FramePrefs } from './prefs';

export const COLLAPSED_WIDTH = 28;

/** Width the host element takes on screen for these prefs (0 when hidden). */
export function hostWidth(prefs: FramePrefs): number {
  if (!prefs.open) return 0;
  return prefs.collapsed ? COLLAPSED_WIDTH : prefs.width;
}

/** Creates a function that pushes `root` aside by a width, remembering and restoring its own margin. */
export function createPusher(root: HTMLElement) {
  const original = {
    value: root.style.getPropertyValue('margin-right'),
    priority: root.style.getPropertyPriority('margin-right'),
  };
  return function push(width: number): void {
    if (width > 0) root.style.setProperty('margin-right', `${width}px`, 'important');
    else if (original.value) root.style.setProperty('margin-right', original.value, original.priority);
    else root.style.removeProperty('margin-right');
  };
}
