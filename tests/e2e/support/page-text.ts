/** Helpers that act on the host page as a user would: select text, read what Margin highlighted. */
import type { Page } from '@playwright/test';

export { selectText } from '../../../scripts/lib/page-text.mjs';

/** The text of every range Margin highlights, by highlight name, read from the page's own world. */
export function highlighted(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const result: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      result[name] = [...highlight]
        .filter((range) => range.startContainer.isConnected)
        .map((range) => range.toString());
    });
    return result;
  });
}
