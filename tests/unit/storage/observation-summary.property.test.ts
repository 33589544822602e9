// The counts kept on write always equal a recount of the stored observations, whatever sequence of
// writes ran: single and bulk adds and puts, edits, deletes by key and by range, clears, imports (which
// merge records with the same id), retention purges, and writes that fail and roll back.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/storage/db';
import {
  compactSummary,
  emptySummary,
  readSummary,
  recountSummary,
  summaryOf,
} from '@/lib/storage/observation-summary';
import { deleteObservation } from '@/lib/storage/observations';
import { purgeBefore } from '@/lib/storage/retention';
import { importFiles } from '@/lib/export/import/import-many';
import { IDS, bundleArb, observationArb } from '../import/arbitraries';

const RUNS = 40;
const dbs: AppDB[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

const opArb = fc.oneof(
  fc.record({ op: fc.constant('add' as const), o: observationArb }),
  fc.record({ op: fc.constant('put' as const), o: observationArb }),
  fc.record({ op: fc.constant('bulkPut' as const), os: fc.array(observationArb, { maxLength: 6 }) }),
  fc.record({ op: fc.constant('bulkAdd' as const), os: fc.array(observationArb, { maxLength: 6 }) }),
  fc.record({ op: fc.constant('delete' as const), id: fc.constantFrom(...IDS) }),
  fc.record({ op: fc.constant('deleteObservation' as const), id: fc.constantFrom(...IDS) }),
  fc.record({ op: fc.constant('deleteWhere' as const), kind: fc.constantFrom('strength', 'concern') }),
  fc.record({ op: fc.constant('modify' as const), grade: fc.constantFrom('good', 'requires-improvement') }),
  fc.record({ op: fc.constant('update' as const), id: fc.constantFrom(...IDS) }),
  fc.record({ op: fc.constant('clear' as const) }),
  fc.record({ op: fc.constant('import' as const), file: bundleArb }),
  fc.record({ op: fc.constant('purge' as const), cutoff: fc.constantFrom('2025-01-01', '2026-06-01') }),
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

async function run(db: AppDB, step: Op, index: number): Promise<void> {
  const quietly = (write: Promise<unknown>) =>
    write.then(
      () => undefined,
      () => undefined,
    );
  switch (step.op) {
    case 'add':
      return quietly(db.observations.add(step.o));
    case 'put':
      return quietly(db.observations.put(step.o));
    case 'bulkPut':
      return quietly(db.observations.bulkPut(step.os));
    case 'bulkAdd':
      // Duplicates fail one by one inside a transaction that then rolls back as a whole.
      return quietly(db.transaction('rw', db.observations, () => db.observations.bulkAdd(step.os)));
    case 'delete':
      return quietly(db.observations.delete(step.id));
    case 'deleteObservation':
      return quietly(deleteObservation(db, step.id));
    case 'deleteWhere':
      return quietly(db.observations.filter((o) => o.kind === step.kind).delete());
    case 'modify':
      return quietly(db.observations.toCollection().modify({ grade: step.grade }));
    case 'update':
      return quietly(db.observations.update(step.id, { kind: 'question', factors: [] }));
    case 'clear':
      return quietly(db.observations.clear());
    case 'import':
      return quietly(importFiles(db, [{ fileName: `f${index}.json`, text: JSON.stringify(step.file) }]));
    case 'purge':
      return quietly(purgeBefore(db, new Date(step.cutoff)));
  }
}

describe('observation summary', () => {
  it('equals a recount after any sequence of writes, imports, deletes and purges', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { maxLength: 8 }), async (ops) => {
        const db = new AppDB(`summary-${crypto.randomUUID()}`);
        dbs.push(db);
        for (const [index, step] of ops.entries()) await run(db, step, index);
        const recount = recountSummary(await db.observations.toArray());
        // The cells and the deltas written beside each write, then the cells once deltas are folded in
        // (a database never written to keeps no rows at all: its counts are zero).
        expect(await readSummary(db)).toEqual(recount);
        await compactSummary(db);
        expect(await db.summaryDeltas.count()).toBe(0);
        expect(summaryOf(await db.summaries.toArray()) ?? emptySummary()).toEqual(recount);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('is rebuilt from the records when its row is missing', async () => {
    const db = new AppDB(`summary-${crypto.randomUUID()}`);
    dbs.push(db);
    const [one, two] = fc.sample(observationArb, 2);
    await db.observations.bulkPut([one!, { ...two!, id: crypto.randomUUID() }]);
    await db.summaries.clear();
    // Without the row, writes leave it missing; reading it counts the records.
    await db.observations.delete(one!.id);
    expect(summaryOf(await db.summaries.toArray())).toBeUndefined();
    const summary = await readSummary(db);
    expect(summary).toEqual(recountSummary(await db.observations.toArray()));
    expect(summary.total).toBe(1);
  });
});

describe('a new database', () => {
  it('writes nothing when only read: its counts are zero until something is written', async () => {
    const db = new AppDB(`summary-${crypto.randomUUID()}`);
    dbs.push(db);
    expect(await readSummary(db)).toEqual(emptySummary());
    expect(await compactSummary(db)).toEqual(emptySummary());
    expect(await db.summaries.count()).toBe(0);
    expect(await db.summaryDeltas.count()).toBe(0);
  });

  it('is counted by reading only once written to, as a live query on an open dashboard needs', async () => {
    const db = new AppDB(`summary-${crypto.randomUUID()}`);
    dbs.push(db);
    const [one] = fc.sample(observationArb, 1);
    await db.observations.put(one!);
    const read = () => readSummary(db);
    const summary = await db.transaction('r', db.observations, db.summaries, db.summaryDeltas, read);
    expect(summary).toEqual(recountSummary([one!]));
    expect(summary.total).toBe(1);
  });
});
