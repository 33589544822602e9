// A sync run stopped mid-way (signal aborted, the connection lost after the server wrote, the server
// down) loses and duplicates nothing; what the server sends is checked before anything is written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { couchClient } from '@/lib/sync/couch-client';
import { SyncError } from '@/lib/sync/errors';
import { lastSync, syncOnce } from '@/lib/sync/replicate';
import type { CouchServer } from '../../../scripts/lib/couch-server.mjs';
import { closeDevices, device, observe, profileFetch, snapshot, startTeamServer } from './kit';

let server: CouchServer;
beforeEach(async () => {
  server = await startTeamServer();
});
afterEach(async () => {
  await closeDevices();
  await server.stop();
});

/** Seven observations on a new device, pushed. */
async function seeded() {
  const a = await device(server);
  for (let i = 0; i < 7; i++) await observe(a.db, `Observation ${i}.`);
  expect((await syncOnce(a.db, a.client)).error).toBeUndefined();
  return a;
}

/** A tap that runs `act` on the `n`th request to a URL containing `part`, at `phase`. */
function onNth(part: string, n: number, phase: 'before' | 'after', act: () => void) {
  let seen = 0;
  return (url: string, at: 'before' | 'after') => {
    if (at === phase && url.includes(part) && ++seen === n) act();
  };
}

describe('an interrupted sync', () => {
  it('aborted mid-push, or cut off after the server wrote, then rerun: identical data, no duplicates', async () => {
    const a = await device(server);
    for (let i = 0; i < 7; i++) await observe(a.db, `Observation ${i}.`);
    const controller = new AbortController();
    a.tap.current = onNth('_bulk_docs', 2, 'before', () => controller.abort());
    const stopped = await syncOnce(a.db, a.client, { signal: controller.signal, batch: 3 });
    expect(stopped.error?.code).toBe('aborted');
    expect(stopped.pushed).toBe(3);
    // The server wrote the next batch but the reply never came (the worker was killed).
    a.tap.current = onNth('_bulk_docs', 1, 'after', () => {
      throw new TypeError('connection reset');
    });
    expect((await syncOnce(a.db, a.client, { batch: 3 })).error?.code).toBe('unreachable');
    a.tap.current = undefined;
    const done = await syncOnce(a.db, a.client, { batch: 3 });
    expect(done.error).toBeUndefined();
    const b = await device(server);
    expect((await syncOnce(b.db, b.client)).pulled).toBe(7);
    expect(await snapshot(b.db)).toEqual(await snapshot(a.db));
    const all = (await server.call('GET', '/margin/_all_docs')) as { rows: { id: string }[] };
    expect(all.rows.filter((r) => r.id.startsWith('observation:'))).toHaveLength(7);
  });

  it('aborted mid-pull keeps the batches applied and their checkpoint; the rerun completes without duplicates', async () => {
    const a = await seeded();
    const b = await device(server);
    const controller = new AbortController();
    b.tap.current = onNth('_bulk_get', 2, 'before', () => controller.abort());
    const stopped = await syncOnce(b.db, b.client, { signal: controller.signal, batch: 3 });
    expect(stopped.error?.code).toBe('aborted');
    const partial = await b.db.observations.count();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(7);
    b.tap.current = undefined;
    expect((await syncOnce(b.db, b.client, { batch: 3 })).pulled).toBe(7 - partial);
    expect(await b.db.changeLog.count()).toBe(7);
    expect(await snapshot(b.db)).toEqual(await snapshot(a.db));
  });

  it('with the server down: a typed error in plain words, nothing written', async () => {
    const a = await seeded();
    const before = await snapshot(a.db);
    const { origin } = server;
    await server.stop();
    const report = await syncOnce(a.db, couchClient({ dbUrl: `${origin}/margin`, fetch: profileFetch() }));
    expect(report.error).toMatchObject({ code: 'unreachable' });
    expect(report.error!.message).toMatch(/council server could not be reached/);
    expect(await snapshot(a.db)).toEqual(before);
    expect(await lastSync(a.db)).toMatchObject({ error: { code: 'unreachable' } });
    server = await startTeamServer();
  });

  it('refuses a malformed document from the server and writes nothing of its batch', async () => {
    await seeded();
    const id = crypto.randomUUID();
    // Only an admin could write this (the design document refuses it to members).
    await server.call('PUT', `/margin/observation:${id}`, {
      kind: 'observation',
      device: 'device-x',
      author: '',
      updatedAt: '2026-01-01T00:00:00.000Z',
      owner: 'ann',
      data: { id, comment: 'No other fields.' },
    });
    const b = await device(server);
    const report = await syncOnce(b.db, b.client);
    expect(report.error?.code).toBe('bad-reply');
    expect(report.error!.message).toContain(`observation:${id}`);
    expect(await b.db.observations.count()).toBe(0);
    expect(await b.db.changeLog.count()).toBe(0);
    const checkpoint = await b.db.syncState.get('checkpoint');
    expect(checkpoint?.key === 'checkpoint' ? checkpoint.pulledSeq : 0).toBe(0);
  });
});

describe("the council server's rules", () => {
  it('refuses a wrong password in plain words', async () => {
    const client = couchClient({ dbUrl: server.dbUrl, fetch: profileFetch() });
    const refused = await client.signIn('ann', 'wrong').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SyncError);
    expect(refused).toMatchObject({ code: 'signin-refused' });
    expect((refused as Error).message).toMatch(/refused your sign-in/);
    expect((await syncOnce((await device(server)).db, client)).error?.code).toBe('signed-out');
  });

  it('lets authors write only their own records (validate_doc_update)', async () => {
    const a = await seeded();
    const b = await device(server, 'ben');
    expect((await syncOnce(b.db, b.client)).pulled).toBe(7);
    const [theirs] = await b.db.observations.toArray();
    await b.db.observations.put({ ...theirs!, comment: 'Ben was here.' });
    const report = await syncOnce(b.db, b.client);
    expect(report.refused).toEqual([
      { kind: 'observation', id: theirs!.id, reason: 'This record belongs to another author.' },
    ]);
    // Pretending to be Ann does not help either.
    const forged = await b.client.bulkDocs([
      {
        _id: 'observation:x',
        _rev: '1-abc',
        _revisions: { start: 1, ids: ['abc'] },
        kind: 'observation',
        owner: 'ann',
      },
    ]);
    expect(forged[0]!.reason).toMatch(/only write your own records/);
    // Ann's copy is untouched.
    expect((await syncOnce(a.db, a.client)).pulled).toBe(0);
    expect((await a.db.observations.get(theirs!.id))!.comment).toBe(theirs!.comment);
  });
});
