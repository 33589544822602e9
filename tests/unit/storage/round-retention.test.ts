// Retention of audit rounds: a closed round whose last change (closing day, plan dates, its audits) is
// older than the period goes with its plan, candidates, auditors and assignments, in the one purge
// transaction; a round still open, or closed but with a recent audit, stays; old packs of closed rounds go.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/storage/db';
import { countPurgeable, purgeBefore, retentionCutoff } from '@/lib/storage/retention';
import { caseKey, refKey, type Round } from '@/lib/model/round';
import * as fx from '../rounds/report-fixture';

const NOW = new Date('2028-06-30T12:00:00.000Z');
let db: AppDB;
beforeEach(() => {
  db = new AppDB(`round-retention-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

/** Stores a round (closed in 2026, like the fixture's) with its rows, under a new id. */
async function storeRound(changes: Partial<Round>) {
  const round = { ...fx.round, ...changes, id: crypto.randomUUID() };
  await db.rounds.add(round);
  await db.roundPlans.put({
    roundId: round.id,
    list: {
      source: 'pasted list',
      count: 6,
      columns: {},
      attributes: [],
      importedAt: '2026-07-01T09:00:00.000Z',
    },
    sample: { spec: fx.spec, drawnOn: '2026-07-01', result: fx.input.sample!.result },
  });
  await db.roundCandidates.bulkAdd(
    fx.candidates.map((candidate, row) => ({
      roundId: round.id,
      key: caseKey(candidate.caseId),
      row,
      candidate,
    })),
  );
  await db.roundAuditors.bulkAdd(
    fx.auditors.map((auditor, row) => ({ roundId: round.id, key: refKey(auditor.id), row, auditor })),
  );
  const assignments = fx.assignments.map((a) => ({ ...a, id: crypto.randomUUID(), roundId: round.id }));
  await db.roundAssignments.bulkAdd(assignments);
  return { round, assignments };
}

describe('round retention', () => {
  it('purges a closed round past the period with all its rows, and keeps open or recently changed ones', async () => {
    const old = await storeRound({ status: 'closed' });
    const open = await storeRound({ status: 'open' });
    const live = await storeRound({ status: 'closed' });
    // An audit of the third round changed within the period keeps it.
    await db.audits.add({
      ...fx.finishedAudit,
      id: crypto.randomUUID(),
      roundId: live.round.id,
      assignmentId: live.assignments[0]!.id,
      updatedAt: '2028-05-01T00:00:00.000Z',
    });
    await db.roundPacks.bulkAdd([
      {
        id: `${old.round.id}|A01`,
        roundId: old.round.id,
        pack: { round: old.round } as never,
        importedAt: '2026-07-02T00:00:00.000Z',
      },
      {
        id: `${open.round.id}|A01`,
        roundId: open.round.id,
        pack: { round: { ...open.round, closesOn: '2028-12-31' } } as never,
        importedAt: '2026-07-02T00:00:00.000Z',
      },
    ]);
    const cutoff = retentionCutoff(365, NOW);
    const expected = {
      rounds: 1,
      roundPlans: 1,
      roundCandidates: 6,
      roundAuditors: 2,
      roundAssignments: 3,
      roundPacks: 1,
    };
    expect(await countPurgeable(db, cutoff)).toMatchObject(expected);
    expect(await purgeBefore(db, cutoff)).toMatchObject(expected);
    expect((await db.rounds.toArray()).map((r) => r.id).sort()).toEqual(
      [open.round.id, live.round.id].sort(),
    );
    expect(await db.roundPlans.get(old.round.id)).toBeUndefined();
    expect(await db.roundCandidates.where('roundId').equals(old.round.id).count()).toBe(0);
    expect(await db.roundAuditors.where('roundId').equals(old.round.id).count()).toBe(0);
    expect(await db.roundAssignments.where('roundId').equals(old.round.id).count()).toBe(0);
    expect(await db.roundAssignments.where('roundId').equals(live.round.id).count()).toBe(3);
    expect(await db.roundPacks.toCollection().primaryKeys()).toEqual([`${open.round.id}|A01`]);
  });

  it('keeps a closed round while its closing day is within the period', async () => {
    await storeRound({ status: 'closed', opensOn: '2028-01-01', closesOn: '2028-03-31' });
    expect(await countPurgeable(db, retentionCutoff(365, NOW))).toMatchObject({
      rounds: 0,
      roundCandidates: 0,
    });
  });
});
