/** Helpers that act on the host page as a user would: select text, read what Margin highlighted. */
import type { Page } from '@playwright/test';

/** Selects the first occurrence of `text` in the page (within one text node), like a user dragging over it. */
export async function selectText(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`Text not found in the page: ${text}`);
}

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
