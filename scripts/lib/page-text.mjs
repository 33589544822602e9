// Selecting text in a page as a user dragging over it would: shared by the demo tour and browser tests.

/**
 * Selects the first occurrence of `text` in the page (within one text node).
 * @param {import('@playwright/test').Page} page
 * @param {string} text
 */
export async function selectText(page, text) {
  const found = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`Text not found in the page: ${text}`);
}
