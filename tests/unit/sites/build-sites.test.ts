import { describe, expect, it } from 'vitest';
import { DEMO_SITES, parseSites } from '@/lib/sites/build-sites';

describe('build sites', () => {
  it('defaults to the loopback demo origins', () => {
    expect(parseSites(undefined)).toEqual(DEMO_SITES);
    expect(parseSites('  ')).toEqual(DEMO_SITES);
  });

  it('accepts exact origins, with ports, and removes repeats', () => {
    expect(
      parseSites('https://lcs.example.gov.uk/*, http://10.1.2.3:8080/*,https://lcs.example.gov.uk/*'),
    ).toEqual(['https://lcs.example.gov.uk/*', 'http://10.1.2.3:8080/*']);
  });

  it.each([
    '<all_urls>',
    '*://*/*',
    'https://*.gov.uk/*',
    'https://lcs.example.gov.uk',
    'ftp://x/*',
    'https://a/b/*',
  ])('refuses %s with a message naming it', (entry) => {
    expect(() => parseSites(entry)).toThrow(`"${entry}" is not allowed`);
  });
});
