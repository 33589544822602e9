// Team sync runs: one at a time, never off or signed out, status and errors kept in storage.local.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSyncRuns, SYNC_ALARM } from '@/lib/background/sync-runs';
import type { SyncCounts, SyncEngine } from '@/lib/team-sync/engine-port';
import { extensionPagesCsp } from '@/lib/team-sync/build-origin';
import { loadSyncStatus } from '@/lib/team-sync/status';

const ORIGIN = 'https://couch.council.example';
const DATABASE = `${ORIGIN}/margin`;

function built(origin: string | null, syncDatabase?: string) {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    content_security_policy: { extension_pages: extensionPagesCsp(origin) },
  } as never);
  void fakeBrowser.storage.managed.set(syncDatabase ? { syncDatabase } : {});
}

const counts = (pushed: number): SyncCounts => ({
  pushed,
  pulled: 2,
  conflicts: 0,
  deleted: 1,
  startedAt: '2026-12-08T10:00:00.000Z',
  finishedAt: '2026-12-08T10:00:01.000Z',
});

/** An engine whose runs end when the test says so, counting calls. */
function engine() {
  const calls = { syncOnce: 0, signIn: [] as string[][] };
  let finish: ((value: SyncCounts & { error?: unknown }) => void) | null = null;
  let fail: ((error: unknown) => void) | null = null;
  const api: SyncEngine = {
    signIn: async (database, name, password) => {
      calls.signIn.push([database, name, password]);
      if (password !== 'right') throw Object.assign(new Error('unauthorized'), { status: 401 });
      return { name };
    },
    signOut: async () => undefined,
    syncOnce: () => {
      calls.syncOnce++;
      return new Promise((resolve, reject) => {
        finish = resolve;
        fail = reject;
      });
    },
    pendingChanges: async () => 3,
    conflicts: async () => [],
    resolveConflict: async () => undefined,
  };
  return { api, calls, finish: (v: SyncCounts) => finish!(v), fail: (e: unknown) => fail!(e) };
}

describe('team sync runs', () => {
  it('never run with sync off, with a database on another origin, or signed out', async () => {
    const e = engine();
    const runs = createSyncRuns(e.api);
    built(null);
    expect(await runs.run('alarm')).toMatchObject({ ran: false, reason: expect.stringMatching(/off/) });
    built(ORIGIN, 'https://elsewhere.example/margin');
    expect(await runs.run('alarm')).toMatchObject({ ran: false, reason: expect.stringMatching(/elsewhere/) });
    await expect(runs.signIn('ann', 'right')).rejects.toThrow(/elsewhere/);
    built(ORIGIN, DATABASE);
    expect(await runs.run('alarm')).toMatchObject({ ran: false, reason: expect.stringMatching(/Sign in/) });
    expect(e.calls.syncOnce).toBe(0);
    expect(e.calls.signIn).toEqual([]);
  });

  it('signs in without keeping the password, then runs one at a time and keeps the report', async () => {
    const e = engine();
    const runs = createSyncRuns(e.api);
    built(ORIGIN, DATABASE);
    await expect(runs.signIn('ann', 'wrong')).rejects.toThrow('The council server refused your sign-in');
    expect((await loadSyncStatus()).signedInAs).toBeUndefined();
    await runs.signIn('ann', 'right');
    expect(e.calls.signIn.at(-1)).toEqual([DATABASE, 'ann', 'right']);
    await vi.waitFor(() => expect(e.calls.syncOnce).toBe(1));
    // The sign-in started a run; two more triggers join it instead of starting their own.
    const joined = [runs.run('manual'), runs.run('alarm')];
    expect(e.calls.syncOnce).toBe(1);
    expect((await loadSyncStatus()).runningSince).toBeDefined();
    e.finish(counts(4));
    const [first] = await Promise.all(joined);
    expect(first).toMatchObject({ ran: true });
    const status = await loadSyncStatus();
    expect(status).toMatchObject({ signedInAs: 'ann', lastSync: { pushed: 4, pulled: 2, deleted: 1 } });
    expect(status.runningSince).toBeUndefined();
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toContain('right');
    // Opening a page a moment later does not run again.
    expect(await runs.runIfQuiet('opened')).toMatchObject({ ran: false });
    expect(e.calls.syncOnce).toBe(1);
  });

  it('says in plain words when the server cannot be reached and when it will try again, keeping the last sync', async () => {
    const e = engine();
    const runs = createSyncRuns(e.api);
    built(ORIGIN, DATABASE);
    await fakeBrowser.alarms.create(SYNC_ALARM, { periodInMinutes: 15 });
    await runs.signIn('ann', 'right');
    await vi.waitFor(() => expect(e.calls.syncOnce).toBe(1));
    e.finish(counts(1));
    await vi.waitFor(async () => expect(runs.isRunning()).toBe(false));
    const next = runs.run('alarm');
    await vi.waitFor(() => expect(e.calls.syncOnce).toBe(2));
    e.fail(Object.assign(new TypeError('Failed to fetch'), { kind: 'network' }));
    await next;
    const status = await loadSyncStatus();
    expect(status.error?.message).toMatch(
      /^Could not reach the council server — Margin will try again at \d/,
    );
    expect(status.error?.retryAt).toBeDefined();
    expect(status.lastSync?.pushed).toBe(1);
    expect(status.signedInAs).toBe('ann');
  });

  it('treats a refused session during a run as signed out, and a worker stopped mid-run leaves no run marked', async () => {
    const e = engine();
    const runs = createSyncRuns(e.api);
    built(ORIGIN, DATABASE);
    await runs.signIn('ann', 'right');
    await vi.waitFor(() => expect(e.calls.syncOnce).toBe(1));
    e.fail(Object.assign(new Error('unauthorized'), { status: 401 }));
    await vi.waitFor(async () => expect((await loadSyncStatus()).error).toBeDefined());
    const status = await loadSyncStatus();
    expect(status.signedInAs).toBeUndefined();
    expect(status.error?.message).toMatch(/sign-in to the council server has ended/);

    await fakeBrowser.storage.local.set({
      syncStatus: { signedInAs: 'ann', runningSince: new Date().toISOString() },
    });
    await createSyncRuns(e.api).recoverInterrupted();
    expect(await loadSyncStatus()).toEqual({ signedInAs: 'ann' });
  });
});
