/**
 * Margin's keys while focus is in the record: Alt+O adds an observation (about the selected text, or
 * the screen) and Alt+P picks a field or element, as they do in the sidebar. Only a person's key
 * presses count (`isTrusted`); the key is not passed on to the page.
 */

import type { DocumentEvents } from './event-hub';

export type MarginKey = 'add' | 'pick';

export function listenForMarginKeys(
  doc: DocumentEvents,
  onKey: (key: MarginKey) => void,
  signal: AbortSignal,
): void {
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const key: MarginKey | null = event.code === 'KeyO' ? 'add' : event.code === 'KeyP' ? 'pick' : null;
      if (!key) return;
      event.preventDefault();
      event.stopPropagation();
      onKey(key);
    },
    { capture: true, signal },
  );
}
