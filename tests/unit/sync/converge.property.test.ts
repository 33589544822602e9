// Random creations, edits, deletions and syncs on two devices of one auditor, in any order: once every
// conflict is resolved and both have synced, both hold identical records and revisions.
import { afterAll, beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { deleteObservation, updateObservation } from '@/lib/storage/observations';
import { listConflicts, resolveConflict, syncOnce } from '@/lib/sync/replicate';
import type { CouchServer } from '../../../scripts/lib/couch-server.mjs';
import {
  closeDevices,
  device,
  fields,
  freshDatabase,
  observe,
  snapshot,
  startTeamServer,
  type Device,
} from './kit';

let server: CouchServer;
beforeAll(async () => {
  server = await startTeamServer();
});
afterAll(() => server.stop());

type Op =
  { op: 'create' | 'edit' | 'delete'; on: 0 | 1; pick: number; text: string } | { op: 'sync'; on: 0 | 1 };

const on = fc.constantFrom<0 | 1>(0, 1);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constantFrom('create', 'edit', 'delete'), on, pick: fc.nat(5), text: fc.string() }),
  fc.record({ op: fc.constant('sync'), on }),
) as fc.Arbitrary<Op>;

async function run(d: Device, op: Op) {
  if (op.op === 'sync') return void expect((await syncOnce(d.db, d.client)).error).toBeUndefined();
  if (op.op === 'create') return void (await observe(d.db, `Made: ${op.text}`));
  const all = await d.db.observations.orderBy('id').toArray();
  const target = all[op.pick % Math.max(all.length, 1)];
  if (!target) return;
  if (op.op === 'edit')
    await updateObservation(d.db, target.id, fields(`Edited: ${op.text}`), target.updatedAt);
  else await deleteObservation(d.db, target.id);
}

it('two devices converge whatever they do, once conflicts are resolved', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
      const dbUrl = await freshDatabase(server);
      const devices = [await device(server, 'ann', dbUrl), await device(server, 'ann', dbUrl)];
      try {
        for (const op of ops) await run(devices[op.on]!, op);
        // Settle: sync both, resolve what is left (each keeps its own), until nothing is in conflict.
        for (let round = 0; round < 4; round++) {
          for (const d of devices) expect((await syncOnce(d.db, d.client)).error).toBeUndefined();
          let open = 0;
          for (const d of devices)
            for (const c of await listConflicts(d.db)) {
              open += 1;
              await resolveConflict(d.db, c.kind, c.id, 'local');
            }
          if (open === 0) break;
        }
        for (const d of devices) expect((await syncOnce(d.db, d.client)).error).toBeUndefined();
        expect(await listConflicts(devices[0]!.db)).toEqual([]);
        expect(await listConflicts(devices[1]!.db)).toEqual([]);
        expect(await snapshot(devices[0]!.db)).toEqual(await snapshot(devices[1]!.db));
      } finally {
        await closeDevices();
      }
    }),
    { numRuns: 12 },
  );
}, 240_000);
