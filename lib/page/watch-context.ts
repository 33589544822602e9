/**
 * Notices when the screen in the tab changes without a page load (history API navigation, a region
 * re-rendered with another person or form) and reports the new context, only when it differs.
 */
import type { PageContext } from '../model/page-context';
import type { DomChanges } from './dom-changes';

export interface WatchOptions {
  read(): PageContext;
  report(context: PageContext): void;
}

/** Reports the current context at once, then every time it changes. */
export function watchContext(changes: DomChanges, options: WatchOptions): void {
  let last = '';
  const check = () => {
    const context = options.read();
    const key = JSON.stringify(context);
    if (key === last) return;
    last = key;
    options.report(context);
  };
  changes.subscribe(check);
  check();
}
