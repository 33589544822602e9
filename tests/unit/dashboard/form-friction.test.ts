import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formChoices, formFriction, heatLevel, sortFields } from '@/lib/dashboard/form-friction';
import { AppDB } from '@/lib/storage/db';
import { applyBatch } from '@/lib/storage/friction-counters';
import { createFlag } from '@/lib/storage/friction-flags';
import { formEvidence, formsWithFriction } from '@/lib/storage/friction-forms';
import type { CounterRow, FrictionFlag } from '@/lib/model/friction';
import type { ObservationTarget } from '@/lib/model/observation';

const row = (field: string, counts: Record<string, number>, extra: Partial<CounterRow> = {}): CounterRow => ({
  key: `${field}-${extra.day ?? 'd'}-${extra.device ?? 'x'}`,
  device: 'dev-1',
  day: '2026-11-27',
  origin: 'o',
  screen: 'Assessment',
  form: 'workflow-form',
  field,
  name: field,
  label: `Label ${field}`,
  screenRef: 'o|Assessment',
  screenDay: '2026-11-27|o|Assessment',
  counts,
  ...extra,
});
const page = { origin: 'o', path: '/a', adapter: 'demo', formName: 'Assessment' };
const flag = (category: string, target: Partial<ObservationTarget> = {}): FrictionFlag =>
  ({
    id: crypto.randomUUID(),
    category,
    severity: 'medium',
    target: { page, selectors: [], ...target },
    pageKey: 'k',
    author: 'Sam',
    createdAt: '2026-11-27T10:00:00.000Z',
  }) as FrictionFlag;

describe('friction by form', () => {
  it('folds days and devices into one row per field, with totals, flags beside their field', () => {
    const friction = formFriction(
      [
        row('reason', { focus: 2, corrections: 3 }),
        row('reason', { focus: 1, invalid: 1 }, { day: '2026-11-28', device: 'dev-2' }),
        row('worker', { focus: 4, returns: 1 }),
        row('(page)', { errorSummaries: 2, submits: 1 }, { form: '', name: undefined, label: undefined }),
      ],
      [
        // By its field identity, by its quote being the field's label, and about the form.
        flag('duplicate-entry', { selectors: [{ type: 'FieldSelector', tag: 'input', name: 'reason' }] }),
        flag('unclear-label', { quote: 'Label worker:' }),
        flag('unclear-label', { quote: 'Label worker' }),
        flag('slow-or-crashing'),
        flag('other', { quote: 'Some record text' }),
      ],
    );
    expect(friction.fields.map((f) => [f.label, f.total, f.counts.focus])).toEqual([
      ['Label reason', 4, 3],
      ['Label worker', 1, 4],
    ]);
    expect(friction.fields[1]!.flags).toEqual([
      { category: 'unclear-label', label: 'Unclear label or missing option', count: 2 },
    ]);
    expect(friction.fields[0]!.flags[0]).toMatchObject({ category: 'duplicate-entry', count: 1 });
    expect(friction.formFlags.map((f) => [f.category, f.count])).toEqual([
      ['other', 1],
      ['slow-or-crashing', 1],
    ]);
    expect(friction.totals).toMatchObject({ focus: 7, corrections: 3, invalid: 1, returns: 1 });
    expect(friction.total).toBe(5);
    expect(friction.flagTotal).toBe(5);
    expect(friction.page).toEqual({ errorSummaries: 2, submits: 1 });
    expect([friction.days, friction.devices]).toEqual([2, 2]);
  });

  it('a flag about a field with no signals still gets a row of its own', () => {
    const friction = formFriction(
      [],
      [
        flag('irrelevant-mandatory', {
          selectors: [{ type: 'FieldSelector', tag: 'select', name: 'ethnicity', label: 'Ethnicity' }],
        }),
      ],
    );
    expect(friction.fields.map((f) => [f.label, f.total, f.flagTotal])).toEqual([['Ethnicity', 0, 1]]);
    expect(friction.formFlags).toEqual([]);
  });

  it('sorts by any column, ties by most friction then name; shades counts in five steps', () => {
    const { fields } = formFriction(
      [row('b', { corrections: 1 }), row('a', { returns: 1 }), row('c', { returns: 5, corrections: 1 })],
      [],
    );
    expect(fields.map((f) => f.key)).toEqual(['workflow-form|c', 'workflow-form|a', 'workflow-form|b']);
    expect(sortFields(fields, 'label', false).map((f) => f.label)).toEqual(['Label a', 'Label b', 'Label c']);
    expect(sortFields(fields, 'corrections', true).map((f) => f.label)).toEqual([
      'Label c',
      'Label b',
      'Label a',
    ]);
    expect([0, 1, 2, 3, 4, 5].map((v) => heatLevel(v, 5))).toEqual([0, 1, 2, 3, 4, 4]);
    expect(heatLevel(3, 0)).toBe(0);
  });

  it('names forms by their screen, with the site only when there are several', () => {
    expect(formChoices(['o|Review', 'o|Assessment'])).toEqual([
      { ref: 'o|Assessment', label: 'Assessment' },
      { ref: 'o|Review', label: 'Review' },
    ]);
    expect(formChoices(['http://a.test|Plan', 'http://b.test:8080|Plan']).map((c) => c.label)).toEqual([
      'Plan (a.test)',
      'Plan (b.test:8080)',
    ]);
  });
});

const O = 'http://127.0.0.1:4173';

describe('friction by form: reading one form', () => {
  let db: AppDB;
  beforeEach(() => {
    db = new AppDB(`form-friction-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('lists forms with counters or flags from the indexes, and reads only the chosen form', async () => {
    const zero = {
      focus: 1,
      returns: 0,
      dwellMs: 0,
      corrections: 0,
      pastes: 0,
      invalid: 0,
      abandoned: 0,
      rageClicks: 0,
      deadClicks: 0,
    };
    const batch = (field: string) => ({
      id: crypto.randomUUID(),
      at: '2026-11-27T10:00:00.000Z',
      fields: [{ form: 'f', field, tag: 'input', ...zero }],
      page: { errorSummaries: 0, timeoutWarnings: 0, unsavedExits: 0, submits: 0 },
    });
    await applyBatch(db, batch('x'), { origin: O, screen: 'Assessment' }, 'dev');
    await applyBatch(db, batch('y'), { origin: O, screen: 'Review' }, 'dev');
    await createFlag(
      db,
      { category: 'other', severity: 'low' },
      { page: { ...page, origin: O, formName: 'Plan' }, selectors: [] },
      'Sam',
    );
    expect((await formsWithFriction(db)).sort()).toEqual([`${O}|Assessment`, `${O}|Plan`, `${O}|Review`]);
    const review = await formEvidence(db, `${O}|Review`);
    expect(review.rows.map((r) => r.field)).toEqual(['y']);
    expect(review.flags).toEqual([]);
    const plan = await formEvidence(db, `${O}|Plan`);
    expect(plan.rows).toEqual([]);
    expect(plan.flags).toHaveLength(1);
    expect(plan.flags[0]).not.toHaveProperty('screenRef');
  });
});
