/**
 * One debounced view of "the page changed" for all in-page features (context, re-anchoring): a single
 * MutationObserver whose callback only arms a timer, so a busy page pays almost nothing per mutation.
 */
export interface DomChanges {
  /** Calls `listener` after changes settle (at most once per delay). */
  subscribe(listener: () => void): void;
}

export function observeDomChanges(doc: Document, signal: AbortSignal, delayMs = 250): DomChanges {
  const listeners: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    for (const listener of listeners) listener();
  };
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(flush, delayMs);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const win = doc.defaultView;
  const schedule = () => {
    timer ??= setTimeout(flush, delayMs);
  };
  win?.addEventListener('popstate', schedule, { signal });
  win?.addEventListener('hashchange', schedule, { signal });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
  return { subscribe: (listener) => void listeners.push(listener) };
}
