import { describe, expect, it } from 'vitest';
import { senderRole } from '@/lib/messaging/sender';

const id = 'abcdefghijklmnop';
const base = `chrome-extension://${id}/`;

describe('senderRole', () => {
  it('recognises Margin pages and the in-page script in a top frame', () => {
    expect(senderRole({ id, url: `${base}sidebar.html`, tab: { id: 3 }, frameId: 5 }, id, base)).toBe(
      'sidebar',
    );
    expect(senderRole({ id, url: `${base}sidebar.html?x#y`, tab: { id: 3 }, frameId: 0 }, id, base)).toBe(
      'sidebar',
    );
    expect(senderRole({ id, url: `${base}options.html`, tab: { id: 3 }, frameId: 0 }, id, base)).toBe(
      'extension',
    );
    expect(senderRole({ id, url: `${base}dashboard.html` }, id, base)).toBe('extension');
    expect(
      senderRole({ id, url: 'http://127.0.0.1:4173/worktray', tab: { id: 3 }, frameId: 0 }, id, base),
    ).toBe('page');
  });

  it('refuses other extensions, sub-frames and senders without a tab', () => {
    expect(senderRole({ id: 'other', url: `chrome-extension://other/x.html` }, id, base)).toBeNull();
    expect(
      senderRole({ id, url: 'http://127.0.0.1/frame', tab: { id: 3 }, frameId: 2 }, id, base),
    ).toBeNull();
    expect(senderRole({ id, url: 'http://127.0.0.1/' }, id, base)).toBeNull();
    // The sidebar page outside any tab has no tab whose frame it could be.
    expect(senderRole({ id, url: `${base}sidebar.html` }, id, base)).toBeNull();
    expect(
      senderRole({ id, url: `chrome-extension://${id}evil/`, tab: { id: 1 }, frameId: 1 }, id, base),
    ).toBeNull();
  });
});
