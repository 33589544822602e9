/**
 * One debounced view of "the page changed" for all in-page features (context, re-anchoring): fed by
 * Margin's one mutation observer (mutation-hub.ts), it only arms a timer, so a busy page pays almost
 * nothing per mutation. Attribute changes are not changes of the screen's text or structure.
 */
import type { MutationHub } from './mutation-hub';

export interface DomChanges {
  /** Calls `listener` after changes settle (at most once per delay). */
  subscribe(listener: () => void): void;
}

export function observeDomChanges(
  doc: Document,
  mutations: MutationHub,
  signal: AbortSignal,
  delayMs = 250,
): DomChanges {
  const listeners: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    for (const listener of listeners) listener();
  };
  const schedule = () => {
    timer ??= setTimeout(flush, delayMs);
  };
  mutations.subscribe(
    (records) => {
      if (timer === undefined && records.some((record) => record.type !== 'attributes')) schedule();
    },
    { characterData: true },
    signal,
  );
  const win = doc.defaultView;
  win?.addEventListener('popstate', schedule, { signal });
  win?.addEventListener('hashchange', schedule, { signal });
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return { subscribe: (listener) => void listeners.push(listener) };
}
