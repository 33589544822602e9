// The policy's sync database is used only on the built origin; anything else says why in plain words.
import { describe, expect, it } from 'vitest';
import { syncTarget } from '@/lib/team-sync/sync-target';
import { parsePolicy } from '@/lib/settings/policy';

const BUILT = 'https://couch.council.example';

describe('the sync target', () => {
  it('is off when the policy names no database', () => {
    expect(syncTarget(undefined, BUILT)).toMatchObject({ state: 'off' });
    expect(syncTarget(undefined, null)).toMatchObject({ state: 'off' });
  });

  it('is on for a database on the built origin', () => {
    expect(syncTarget('https://couch.council.example/margin/', BUILT)).toEqual({
      state: 'on',
      database: 'https://couch.council.example/margin',
      origin: BUILT,
    });
  });

  it('refuses a database on another origin than the built one, saying both', () => {
    const target = syncTarget('https://other.example/margin', BUILT);
    expect(target.state).toBe('refused');
    expect(target.state === 'refused' && target.reason).toMatch(/other\.example.*couch\.council\.example/);
    expect(syncTarget('http://couch.council.example/margin', BUILT).state).toBe('refused');
    expect(syncTarget('https://couch.council.example:6984/margin', BUILT).state).toBe('refused');
  });

  it('refuses a database when the build may reach no server', () => {
    const target = syncTarget('https://couch.council.example/margin', null);
    expect(target.state === 'refused' && target.reason).toMatch(/may reach no server/);
  });

  it('refuses a server root, a query or sign-in details in the address', () => {
    for (const bad of [
      'https://couch.council.example/',
      'https://couch.council.example/margin?x=1',
      'https://ann:secret@couch.council.example/margin',
    ])
      expect(syncTarget(bad, BUILT).state).toBe('refused');
  });

  it('comes from managed policy, where a malformed value is reported and ignored', () => {
    expect(parsePolicy({ syncDatabase: 'https://couch.council.example/margin' }).policy.syncDatabase).toBe(
      'https://couch.council.example/margin',
    );
    const bad = parsePolicy({ syncDatabase: 'not a url' });
    expect(bad.policy.syncDatabase).toBeUndefined();
    expect(bad.problems[0]).toMatch(/^syncDatabase:/);
  });
});
