/**
 * Moves keyboard focus to an element when it appears (or when `deps` change), as a person working in
 * the page expects: the field they are about to type in, the heading of what just opened. Only while
 * this document has focus, so a sidebar loading beside the record never takes the focus from it.
 * (Preact does not make `autoFocus` work for elements added later; browsers honour it on load only.)
 */
import { useEffect, useRef } from 'preact/hooks';

export function useFocusOnMount<T extends HTMLElement>(deps: unknown[] = []) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (document.hasFocus()) ref.current?.focus();
  }, deps);
  return ref;
}
