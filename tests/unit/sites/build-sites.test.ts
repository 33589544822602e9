import { describe, expect, it } from 'vitest';
import { DEMO_SITES, parseSites, siteMatchesOrigin } from '@/lib/sites/build-sites';

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

describe('siteMatchesOrigin', () => {
  it('matches scheme and host, any port unless the site names one', () => {
    expect(siteMatchesOrigin('http://127.0.0.1/*', 'http://127.0.0.1:4173')).toBe(true);
    expect(siteMatchesOrigin('http://127.0.0.1/*', 'https://127.0.0.1')).toBe(false);
    expect(siteMatchesOrigin('http://127.0.0.1/*', 'http://127.0.0.2:4173')).toBe(false);
    expect(siteMatchesOrigin('https://lcs.example.gov.uk:8443/*', 'https://lcs.example.gov.uk:8443')).toBe(
      true,
    );
    expect(siteMatchesOrigin('https://lcs.example.gov.uk:8443/*', 'https://lcs.example.gov.uk')).toBe(false);
    expect(siteMatchesOrigin('nonsense', 'https://lcs.example.gov.uk')).toBe(false);
  });
});
