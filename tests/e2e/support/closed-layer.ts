/**
 * Reads the buttons Margin draws in its closed shadow roots (the page, and so Playwright's locators,
 * cannot reach inside) from Chromium's accessibility tree, with where they are on screen.
 */
import type { Page } from '@playwright/test';

export interface LayerButton {
  name: string;
  x: number;
  y: number;
}

export async function layerButtons(page: Page, name: RegExp): Promise<LayerButton[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        role?: { value?: string };
        name?: { value?: string };
        backendDOMNodeId?: number;
        ignored?: boolean;
      }[];
    };
    const found: LayerButton[] = [];
    for (const node of nodes) {
      const label = node.name?.value ?? '';
      if (node.ignored || node.role?.value !== 'button' || !name.test(label) || !node.backendDOMNodeId)
        continue;
      // A button the layer is redrawing as we read has no box any more: it is not on screen.
      const box = (await cdp
        .send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId })
        .catch(() => null)) as { model: { content: number[] } } | null;
      if (!box) continue;
      const [x1, y1, , , x3, y3] = box.model.content;
      found.push({ name: label, x: (x1! + x3!) / 2, y: (y1! + y3!) / 2 });
    }
    return found;
  } finally {
    await cdp.detach();
  }
}
