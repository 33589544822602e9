// The sidebar's end of the page bridge: a request goes to the top frame of the sidebar's own tab, and a
// page that does not answer (Margin not running there yet) is reported in words.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toPage } from '@/lib/page-bridge/client';

describe('toPage', () => {
  it("sends to the tab's top frame and returns the page's answer", async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ found: true });
    await expect(toPage(7, { type: 'anchors/scroll-to', id: 'o1' })).resolves.toEqual({ found: true });
    expect(send).toHaveBeenCalledWith(7, expect.objectContaining({ type: 'anchors/scroll-to', id: 'o1' }), {
      frameId: 0,
    });
  });

  it('says what to do when the page does not answer', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await expect(toPage(7, { type: 'anchors/pick' })).rejects.toThrow(/reload it/);
  });
});
