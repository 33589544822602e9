/**
 * Puts one of Margin's elements back when the page removes it (or replaces its whole document element).
 * A page that keeps removing it would otherwise start an endless loop, each side reacting to the other's
 * change, and freeze itself: after three quick re-attachments within a second Margin waits before the
 * next, doubling the wait up to five seconds. The page never hangs, and Margin is back within seconds
 * of the page giving up.
 */
const QUICK_ATTACHES = 3;
const FIRST_WAIT_MS = 250;
const LONGEST_WAIT_MS = 5000;

export function keepAttached(doc: Document, element: Element, signal: AbortSignal): void {
  let recent: number[] = [];
  let wait = FIRST_WAIT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const attach = () => {
    timer = undefined;
    if (signal.aborted || element.isConnected) return;
    const root = doc.documentElement;
    if (!root) return;
    root.append(element);
    watchRoot(root);
  };

  const onChange = () => {
    if (signal.aborted || element.isConnected || timer !== undefined) return;
    const now = performance.now();
    recent = recent.filter((at) => now - at < 1000);
    recent.push(now);
    if (recent.length <= QUICK_ATTACHES) {
      wait = FIRST_WAIT_MS;
      attach();
      return;
    }
    timer = setTimeout(attach, wait);
    wait = Math.min(wait * 2, LONGEST_WAIT_MS);
  };

  const rootObserver = new MutationObserver(onChange);
  let watched: Element | null = null;
  function watchRoot(root: Element) {
    if (watched === root) return;
    watched = root;
    rootObserver.disconnect();
    rootObserver.observe(root, { childList: true });
  }
  // The document itself: a page that swaps its document element takes Margin's element with it.
  const documentObserver = new MutationObserver(() => {
    if (doc.documentElement) watchRoot(doc.documentElement);
    onChange();
  });
  documentObserver.observe(doc, { childList: true });
  if (doc.documentElement) watchRoot(doc.documentElement);

  signal.addEventListener(
    'abort',
    () => {
      rootObserver.disconnect();
      documentObserver.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
