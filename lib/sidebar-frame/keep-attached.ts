/**
 * Puts one of Margin's elements back when the page removes it (or replaces its whole document element).
 * A page that keeps removing it would otherwise start an endless loop, each side reacting to the other's
 * change, and freeze itself: after three quick re-attachments within a second Margin waits before the
 * next, doubling the wait up to five seconds. The page never hangs, and Margin is back within seconds
 * of the page giving up.
 */
import type { MutationHub } from '../page/mutation-hub';

const QUICK_ATTACHES = 3;
const FIRST_WAIT_MS = 250;
const LONGEST_WAIT_MS = 5000;

export function keepAttached(
  doc: Document,
  element: Element,
  mutations: MutationHub,
  signal: AbortSignal,
): void {
  let recent: number[] = [];
  let wait = FIRST_WAIT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const attach = () => {
    timer = undefined;
    if (signal.aborted || element.isConnected) return;
    const root = doc.documentElement;
    if (!root) return;
    root.append(element);
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

  // Margin's one mutation observer (the document itself is observed, so a page that swaps its
  // document element is seen too); records come after the frame, so the element is back in tens of ms.
  mutations.subscribe(onChange, {}, signal);

  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}
