/**
 * Notices when the screen in the tab changes without a page load (history API navigation, a region
 * re-rendered with another person or form) and reports the new context. Cheap on busy pages: mutation
 * batches only arm a timer; the context is re-read at most once per `delayMs` and reported only when
 * it differs from the last one.
 */
import type { PageContext } from '../model/page-context';

export interface WatchOptions {
  read(): PageContext;
  report(context: PageContext): void;
  signal: AbortSignal;
  delayMs?: number;
}

/** Reports the current context at once, then every time it changes, until `signal` aborts. */
export function watchContext(doc: Document, options: WatchOptions): void {
  const { signal, delayMs = 250 } = options;
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    timer = undefined;
    const context = options.read();
    const key = JSON.stringify(context);
    if (key === last) return;
    last = key;
    options.report(context);
  };
  const schedule = () => {
    timer ??= setTimeout(check, delayMs);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const win = doc.defaultView;
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
  check();
}
