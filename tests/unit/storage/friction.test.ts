import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/storage/db';
import {
  applyBatch,
  MAX_FIELDS_PER_SCREEN_DAY,
  OTHER_FIELDS,
  screenSignals,
} from '@/lib/storage/friction-counters';
import { createFlag, deleteFlag, flagsForScreen, restoreFlag } from '@/lib/storage/friction-flags';
import type { FieldCounters, FrictionBatchInput } from '@/lib/model/friction';
import type { ObservationTarget } from '@/lib/model/observation';

const zero = {
  focus: 0,
  returns: 0,
  dwellMs: 0,
  corrections: 0,
  pastes: 0,
  invalid: 0,
  abandoned: 0,
  rageClicks: 0,
  deadClicks: 0,
};
const field = (name: string, counts: Partial<FieldCounters>): FieldCounters => ({
  form: 'workflow-form',
  field: name,
  tag: 'input',
  name,
  label: `Label ${name}`,
  css: `#${name}`,
  ...zero,
  ...counts,
});
const batch = (fields: FieldCounters[], at = '2026-11-27T10:00:00.000Z'): FrictionBatchInput => ({
  id: crypto.randomUUID(),
  at,
  fields,
  page: { errorSummaries: 1, timeoutWarnings: 0, unsavedExits: 0, submits: 2 },
});
const where = { origin: 'http://127.0.0.1:4173', screen: 'Child and Family Assessment' };
const DEVICE = 'device-test';

let db: AppDB;
beforeEach(() => {
  db = new AppDB(`friction-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('friction counters', () => {
  it('folds batches into per-field per-day rows, applies each batch once, and ranks fields', async () => {
    const first = batch([
      field('reason', { focus: 2, invalid: 1, corrections: 5 }),
      field('date', { focus: 1 }),
    ]);
    expect(await applyBatch(db, first, where, DEVICE)).toBe(true);
    expect(await applyBatch(db, first, where, DEVICE)).toBe(false);
    await applyBatch(db, batch([field('reason', { invalid: 2, returns: 1 })]), where, DEVICE);
    await applyBatch(db, batch([field('reason', { invalid: 1 })], '2026-11-28T09:00:00.000Z'), where, DEVICE);
    expect(await db.frictionCounters.count()).toBe(5); // reason, date, page on day 1; reason, page on day 2

    const signals = await screenSignals(db, where);
    expect(signals.days).toBe(2);
    expect(signals.page).toEqual({ errorSummaries: 3, submits: 6 });
    expect(signals.fields[0]).toMatchObject({
      field: 'reason',
      label: 'Label reason',
      css: '#reason',
      counts: { focus: 2, invalid: 4, corrections: 5, returns: 1 },
    });
    expect(signals.fields.map((f) => f.field)).toEqual(['reason', 'date']);
    expect(await screenSignals(db, { ...where, screen: 'Referral' })).toEqual({
      fields: [],
      page: {},
      days: 0,
    });
  });

  it('bounds the rows of a screen per day, folding further fields into one row', async () => {
    const many = Array.from({ length: MAX_FIELDS_PER_SCREEN_DAY + 20 }, (_, i) =>
      field(`f${i}`, { focus: 1 }),
    );
    await applyBatch(db, batch(many.slice(0, 300)), where, DEVICE);
    await applyBatch(db, batch(many.slice(300)), where, DEVICE);
    const rows = await db.frictionCounters.toArray();
    expect(rows.filter((row) => row.field !== '(page)')).toHaveLength(MAX_FIELDS_PER_SCREEN_DAY + 1);
    expect(rows.find((row) => row.field === OTHER_FIELDS)?.counts.focus).toBe(20);
  });
});

describe('counter rows per device', () => {
  it('keep each device’s counts apart and give rows stored before devices to this one', async () => {
    const { adoptUnattributedCounters, counterKey } = await import('@/lib/storage/friction-counters');
    const { deviceId } = await import('@/lib/settings/device-id');
    const mine = await deviceId();
    expect(mine).toMatch(/^device-[0-9a-f]{32}$/);
    expect(await deviceId()).toBe(mine);
    await applyBatch(db, batch([field('reason', { focus: 2 })]), where, mine);
    await applyBatch(db, batch([field('reason', { focus: 5 })]), where, 'device-other');
    // A row as stored before devices were recorded: no device, the old key.
    const row = (await db.frictionCounters.toArray()).find((r) => r.device === mine);
    const legacy = { ...row!, day: '2026-11-01', screenDay: row!.screenDay.replace(row!.day, '2026-11-01') };
    delete legacy.device;
    legacy.key = counterKey(legacy);
    await db.frictionCounters.put(legacy);

    expect((await screenSignals(db, where)).fields[0]?.counts.focus).toBe(2 + 5 + 2);
    expect(await adoptUnattributedCounters(db, mine)).toBe(1);
    expect(await adoptUnattributedCounters(db, mine)).toBe(0);
    const rows = await db.frictionCounters.toArray();
    expect(rows.every((r) => r.device !== undefined && r.key === counterKey(r))).toBe(true);
    expect((await screenSignals(db, where)).fields[0]?.counts.focus).toBe(2 + 5 + 2);
  });
});

describe('friction flags', () => {
  const target: ObservationTarget = {
    page: {
      origin: where.origin,
      path: '/person/P1/forms/assessment/1',
      adapter: 'demo',
      personId: 'P1',
      formName: where.screen,
    },
    selectors: [],
  };
  it('are kept one by one per screen, across people, and restore after delete', async () => {
    const one = await createFlag(db, { category: 'irrelevant-mandatory', severity: 'medium' }, target, 'Pat');
    await createFlag(
      db,
      { category: 'timeout-lost-work', severity: 'high', minutesLost: 20 },
      { ...target, page: { ...target.page, personId: 'P2' } },
      'Sam',
    );
    expect((await flagsForScreen(db, where.origin, where.screen)).map((f) => f.category)).toEqual([
      'timeout-lost-work',
      'irrelevant-mandatory',
    ]);
    expect(await deleteFlag(db, one.id)).toEqual(one);
    expect(await restoreFlag(db, one)).toBe(true);
    expect(await flagsForScreen(db, where.origin, where.screen)).toHaveLength(2);
    await expect(
      createFlag(db, { category: 'nope' as never, severity: 'low' }, target, ''),
    ).rejects.toThrow();
  });
});
