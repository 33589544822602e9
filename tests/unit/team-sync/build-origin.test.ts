// The build's sync origin: one exact origin, https except on loopback; it alone opens the CSP.
import { describe, expect, it } from 'vitest';
import {
  extensionPagesCsp,
  parseSyncOrigin,
  syncHostPermissions,
  syncOriginFromCsp,
} from '@/lib/team-sync/build-origin';

describe('the build sync origin', () => {
  it('is none by default, and the CSP then allows no connection at all', () => {
    expect(parseSyncOrigin(undefined)).toBeNull();
    expect(parseSyncOrigin('  ')).toBeNull();
    expect(extensionPagesCsp(null)).toContain("connect-src 'none';");
    expect(syncHostPermissions(null)).toEqual([]);
    expect(syncOriginFromCsp(extensionPagesCsp(null))).toBeNull();
  });

  it('accepts one https origin (or http on loopback) and puts exactly it into the CSP and host permissions', () => {
    expect(parseSyncOrigin('https://couch.council.example/')).toBe('https://couch.council.example');
    expect(parseSyncOrigin('https://couch.council.example:6984')).toBe('https://couch.council.example:6984');
    expect(parseSyncOrigin('http://127.0.0.1:45984')).toBe('http://127.0.0.1:45984');
    const csp = extensionPagesCsp('https://couch.council.example');
    expect(csp).toContain('connect-src https://couch.council.example;');
    expect(syncOriginFromCsp(csp)).toBe('https://couch.council.example');
    expect(syncHostPermissions('https://couch.council.example')).toEqual(['https://couch.council.example/*']);
  });

  it.each([
    'couch.council.example',
    'https://couch.council.example/margin',
    'https://*.council.example',
    'https://couch.council.example https://evil.example',
    'ftp://couch.council.example',
    'http://couch.council.example',
  ])('refuses %s at build time, naming it', (value) => {
    expect(() => parseSyncOrigin(value)).toThrow(/MARGIN_SYNC_ORIGIN ".*" is not allowed/);
  });
});
