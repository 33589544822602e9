// @vitest-environment jsdom
// The regions an adapter names in the page (record content, navigation chrome, sensitive fields), and
// how a picked element is quoted: a form field by its label, never by what was typed in it.
import { describe, expect, it, vi } from 'vitest';
import type { Adapter } from '@/lib/model/adapter';
import { siteRegions } from '@/lib/page/site-regions';
import { describePicked } from '@/lib/page/describe-target';
import '../anchoring/support';

const adapter = (over: Partial<Adapter> = {}): Adapter => ({
  name: 'Test',
  system: 'LCS',
  urlPattern: '.*',
  ...over,
});

const html = `
  <nav id="menu"><a href="#">Contacts</a></nav>
  <main id="record">
    <p>Seen alone at school.</p>
    <label for="reason">Reason for referral</label>
    <textarea id="reason" name="reason">Mum asked for help</textarea>
    <input id="pin" type="password" class="secret">
  </main>`;

describe('siteRegions', () => {
  it('finds the content, chrome and sensitive regions the adapter names', () => {
    document.body.innerHTML = html;
    const regions = siteRegions(document, () =>
      adapter({ content: '#record', chrome: ['nav'], sensitive: ['.secret'] }),
    );
    expect(regions.content().id).toBe('record');
    expect(regions.isChrome(document.querySelector('#menu a')!)).toBe(true);
    expect(regions.isChrome(document.querySelector('#reason')!)).toBe(false);
    expect(regions.isSensitive(document.querySelector('#pin')!)).toBe(true);
    expect(regions.isSensitive(document.querySelector('#reason')!)).toBe(false);
  });

  it('falls back to the whole body without an adapter, or when its selectors match nothing or are broken', () => {
    document.body.innerHTML = html;
    for (const current of [undefined, adapter({ content: '#missing' }), adapter({ content: '##bad' })]) {
      expect(siteRegions(document, () => current).content()).toBe(document.body);
    }
    const broken = siteRegions(document, () => adapter({ chrome: ['##bad'], sensitive: ['[bad'] }));
    expect(broken.isChrome(document.querySelector('#menu')!)).toBe(false);
    expect(broken.isSensitive(document.querySelector('#pin')!)).toBe(false);
  });

  it('works out the adapter once per address: page mutations do not repeat it, navigation does', async () => {
    document.body.innerHTML = html;
    const adapterFor = vi.fn((href: string) =>
      href.endsWith('#other') ? adapter({ content: '#record', sensitive: ['.secret'] }) : undefined,
    );
    const regions = siteRegions(document, adapterFor);
    const pin = document.querySelector('#pin')!;
    expect(regions.content()).toBe(document.body);
    // Friction capture asks on nearly every event, and the page keeps changing between them.
    for (let i = 0; i < 50; i++) {
      document.querySelector('main')!.append(document.createElement('span'));
      expect(regions.isSensitive(pin)).toBe(false);
      regions.isChrome(pin);
    }
    await Promise.resolve();
    expect(adapterFor).toHaveBeenCalledTimes(1);
    location.hash = 'other'; // a single-page system moving to another screen
    expect(regions.isSensitive(pin)).toBe(true);
    expect(regions.content().id).toBe('record');
    expect(adapterFor).toHaveBeenCalledTimes(2);
    location.hash = '';
  });
});

describe('describePicked', () => {
  it('quotes a picked field by its label, never by its value', () => {
    document.body.innerHTML = html;
    const root = document.querySelector('#record')!;
    const target = describePicked(root, document.querySelector('#reason')!);
    expect(target.quote).toBe('Reason for referral');
    expect(JSON.stringify(target)).not.toContain('Mum asked for help');
    expect(target.selectors.length).toBeGreaterThan(0);
  });

  it('quotes any other element by its text, with spaces collapsed', () => {
    document.body.innerHTML = html;
    const root = document.querySelector('#record')!;
    expect(describePicked(root, root.querySelector('p')!).quote).toBe('Seen alone at school.');
  });
});
