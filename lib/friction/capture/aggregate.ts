/**
 * The in-memory counters of one batch: a row per counted element (field or clicked element) plus the
 * page counters, and turning them into a FrictionBatch. Hot handlers only touch a Map keyed by the
 * element; naming the element (label, CSS selector) is done once per element, off the event path
 * (`later`: after the next frame), and cached: by the time the batch is taken a single-page case system may
 * have swapped the form out, and a detached field has no label to find.
 */
import type { FieldCounters, FrictionBatch, PageCounters } from '../types';
import { identityOf } from './identity';
import { randomId } from './random-id';

/** The counters of one row. */
export type Counts = Pick<
  FieldCounters,
  | 'focus'
  | 'returns'
  | 'dwellMs'
  | 'corrections'
  | 'pastes'
  | 'invalid'
  | 'abandoned'
  | 'rageClicks'
  | 'deadClicks'
>;

// Limits of the background's batch schema (lib/model/friction.ts): a batch breaking one would be
// refused, and retried, for ever.
const MAX_KEY = 300;
const MAX_CSS = 2000;
const MAX_DWELL_MS = 86_400_000;
const MAX_ROWS = 2000;

interface Row {
  isField: boolean;
  form: string;
  counts: Counts;
}

/** Counters accumulating until the next batch. */
export interface Aggregate {
  /** The counters of `element` in this batch, created on first use; marks the batch changed. */
  counts(element: Element, isField: boolean, form: string): Counts;
  /** Adds to a page counter. */
  bumpPage(key: keyof PageCounters): void;
  /** Forgets `element` (it turned out to be sensitive). */
  drop(element: Element): void;
  /** True when something was counted since the last `take`. */
  readonly changed: boolean;
  /** Closes the batch: rows with a non-zero counter merged by form and field key; undefined if empty. */
  take(): FrictionBatch | undefined;
}

/** A fresh, empty aggregate. */
export function createAggregate(later: (callback: () => void) => void = queueMicrotask): Aggregate {
  let rows = new Map<Element, Row>();
  let page = emptyPage();
  let changed = false;
  const named = new WeakSet<Element>();
  return {
    counts(element, isField, form) {
      changed = true;
      let row = rows.get(element);
      if (!row) {
        rows.set(element, (row = { isField, form, counts: emptyCounts() }));
        if (!named.has(element)) {
          named.add(element);
          later(() => void (element.isConnected && identityOf(element, isField)));
        }
      }
      return row.counts;
    },
    bumpPage(key) {
      changed = true;
      page[key] += 1;
    },
    drop(element) {
      rows.delete(element);
    },
    get changed() {
      return changed;
    },
    take() {
      const taken = rows;
      const takenPage = page;
      rows = new Map();
      page = emptyPage();
      changed = false;
      const fields = toFieldCounters(taken);
      if (fields.length > MAX_ROWS) {
        console.warn(`Margin: ${fields.length - MAX_ROWS} friction rows over the batch limit were dropped.`);
        fields.length = MAX_ROWS;
      }
      if (fields.length === 0 && Object.values(takenPage).every((n) => n === 0)) return undefined;
      return { id: randomId(), at: new Date().toISOString(), fields, page: takenPage };
    },
  };
}

function toFieldCounters(rows: Map<Element, Row>): FieldCounters[] {
  const byKey = new Map<string, FieldCounters>();
  for (const [element, { isField, form, counts }] of rows) {
    if (Object.values(counts).every((n) => n === 0)) continue;
    const { css, ...identity } = identityOf(element, isField);
    const named = isField
      ? identity.name || identity.id || identity.label || css
      : identity.id || identity.name || css || identity.label;
    const field = (named || identity.tag).slice(0, MAX_KEY);
    const formKey = form.slice(0, MAX_KEY);
    const key = `${formKey}\u0000${field}`;
    const existing = byKey.get(key);
    if (existing) addCounts(existing, counts);
    else {
      const row: FieldCounters = { form: formKey, field, ...identity, ...counts };
      if (css && css.length <= MAX_CSS) row.css = css;
      byKey.set(key, row);
    }
  }
  for (const row of byKey.values()) row.dwellMs = Math.min(row.dwellMs, MAX_DWELL_MS);
  return [...byKey.values()];
}

function addCounts(target: Counts, extra: Counts): void {
  for (const key of Object.keys(extra) as (keyof Counts)[]) target[key] += extra[key];
}

function emptyCounts(): Counts {
  return {
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
}

function emptyPage(): PageCounters {
  return { errorSummaries: 0, timeoutWarnings: 0, unsavedExits: 0, submits: 0 };
}
