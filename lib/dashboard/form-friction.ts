/**
 * The dashboard's per-form friction view: one form's counter rows (every day and device) folded into
 * one row per field, with its signals, the practitioner flags about that field beside it, totals, a
 * shade step per count, and the forms to choose from in words. Margin stores no field's position on its
 * form, so fields are ordered by how much friction they show (then by name); the view sorts by any
 * column on request. Pure.
 */
import type { CounterRow, FrictionFlag } from '../model/friction';
import type { FieldSelector } from '../model/selector';
import { SIGNAL_LABELS } from '../friction/signal-labels';
import { categoryLabel } from '../friction/categories';
import { OTHER_FIELDS, PAGE_ROW } from '../storage/friction-counters';

/** The field signals the view shows, in order, with their column headings. */
export const FIELD_SIGNALS: readonly (readonly [string, string])[] = [
  ['focus', 'Times focused'],
  ...SIGNAL_LABELS.map(([name, words]) => [name, words[0]!.toUpperCase() + words.slice(1)] as const),
];

/** The page signals of a form, in words. */
export const PAGE_SIGNALS: readonly (readonly [string, string])[] = [
  ['errorSummaries', 'Error summaries shown'],
  ['timeoutWarnings', 'Session-timeout warnings'],
  ['unsavedExits', 'Exits with unsaved input'],
  ['submits', 'Forms submitted'],
];

export interface FlagCount {
  category: string;
  label: string;
  count: number;
}

export interface FieldFriction {
  key: string;
  /** The field's label, else its name, id or key; "Other fields" for the storage bound's overflow row. */
  label: string;
  counts: Record<string, number>;
  /** Every signal but focus, added up: what "most friction" means here. */
  total: number;
  flags: FlagCount[];
  flagTotal: number;
}

export interface FormFriction {
  fields: FieldFriction[];
  page: Record<string, number>;
  /** Column totals over all fields, by signal. */
  totals: Record<string, number>;
  total: number;
  /** Flags about no field (the form as a whole, or text on it), by category. */
  formFlags: FlagCount[];
  flagTotal: number;
  /** What each flag (by id) is about: its field's label, or the form. */
  flagPlaces: Record<string, string>;
  days: number;
  devices: number;
}

const norm = (text: string | undefined) =>
  (text ?? '')
    .toLowerCase()
    .replace(/\((required|optional)\)/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function byCategory(flags: readonly FrictionFlag[]): FlagCount[] {
  const counts = new Map<string, number>();
  for (const flag of flags) counts.set(flag.category, (counts.get(flag.category) ?? 0) + 1);
  return [...counts]
    .map(([category, count]) => ({ category, label: categoryLabel(category), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

const signalTotal = (counts: Record<string, number>) =>
  SIGNAL_LABELS.reduce((sum, [name]) => sum + (counts[name] ?? 0), 0);

interface Draft {
  key: string;
  label: string;
  name?: string;
  id?: string;
  rawLabel?: string;
  counts: Record<string, number>;
  flags: FrictionFlag[];
}

/** The field a flag is about: by its field identity (name, id or label), else its quote is the label. */
function fieldOfFlag(flag: FrictionFlag, fields: Draft[]): Draft | undefined {
  const identity = flag.target.selectors.find((s): s is FieldSelector => s.type === 'FieldSelector');
  if (identity) {
    const found = fields.find(
      (f) =>
        (identity.name !== undefined && (f.name === identity.name || f.key === identity.name)) ||
        (identity.id !== undefined && (f.id === identity.id || f.key === identity.id)) ||
        (identity.label !== undefined && norm(f.rawLabel) === norm(identity.label)),
    );
    if (found) return found;
    const key = identity.name ?? identity.id ?? identity.label ?? flag.target.quote ?? 'field';
    const added: Draft = {
      key,
      label: identity.label ?? flag.target.quote ?? key,
      name: identity.name,
      id: identity.id,
      rawLabel: identity.label,
      counts: {},
      flags: [],
    };
    fields.push(added);
    return added;
  }
  const quote = norm(flag.target.quote);
  return quote ? fields.find((f) => norm(f.rawLabel) === quote) : undefined;
}

/** One form's friction, fields ordered by total signals (most first), then flags, then name. */
export function formFriction(rows: readonly CounterRow[], flags: readonly FrictionFlag[]): FormFriction {
  const fields = new Map<string, Draft>();
  const page: Record<string, number> = {};
  for (const row of rows) {
    if (row.field === PAGE_ROW) {
      for (const [name, value] of Object.entries(row.counts)) page[name] = (page[name] ?? 0) + value;
      continue;
    }
    const key = `${row.form}|${row.field}`;
    const draft = fields.get(key) ?? {
      key,
      label:
        row.field === OTHER_FIELDS
          ? 'Other fields (over 500 in a day)'
          : (row.label ?? row.name ?? row.id ?? row.field),
      name: row.name,
      id: row.id,
      rawLabel: row.label,
      counts: {},
      flags: [],
    };
    for (const [name, value] of Object.entries(row.counts))
      draft.counts[name] = (draft.counts[name] ?? 0) + value;
    fields.set(key, draft);
  }
  const drafts = [...fields.values()];
  const unplaced: FrictionFlag[] = [];
  const flagPlaces: Record<string, string> = {};
  for (const flag of flags) {
    const field = fieldOfFlag(flag, drafts);
    if (field) field.flags.push(flag);
    else unplaced.push(flag);
    flagPlaces[flag.id] = field ? field.label : 'the form as a whole';
  }
  const result = drafts.map((d): FieldFriction => ({
    key: d.key,
    label: d.label,
    counts: d.counts,
    total: signalTotal(d.counts),
    flags: byCategory(d.flags),
    flagTotal: d.flags.length,
  }));
  const totals: Record<string, number> = {};
  for (const field of result)
    for (const [name] of FIELD_SIGNALS) totals[name] = (totals[name] ?? 0) + (field.counts[name] ?? 0);
  return {
    fields: sortFields(result, 'total', true),
    page,
    totals,
    total: signalTotal(totals),
    formFlags: byCategory(unplaced),
    flagTotal: flags.length,
    flagPlaces,
    days: new Set(rows.map((row) => row.day)).size,
    devices: new Set(rows.map((row) => row.device ?? '')).size,
  };
}

/** A column to sort by: the field's name, a signal, the total, or the flags. */
export type FieldSortKey = 'label' | 'total' | 'flags' | string;

/** Fields sorted by a column; ties go to more friction first, then to the name. A new array. */
export function sortFields(
  fields: readonly FieldFriction[],
  key: FieldSortKey,
  descending: boolean,
): FieldFriction[] {
  const value = (f: FieldFriction) =>
    key === 'total' ? f.total : key === 'flags' ? f.flagTotal : (f.counts[key] ?? 0);
  const direction = descending ? -1 : 1;
  return [...fields].sort((a, b) => {
    if (key === 'label') return direction * a.label.localeCompare(b.label);
    return (
      direction * (value(a) - value(b)) ||
      b.total - a.total ||
      b.flagTotal - a.flagTotal ||
      a.label.localeCompare(b.label)
    );
  });
}

/** The shade step of a count, 0 (none) to 4 (the column's highest): shown with the number, never alone. */
export function heatLevel(value: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (value <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((4 * value) / max))) as 1 | 2 | 3 | 4;
}

/** The forms with friction data (`origin|screen`), named by their screen; the site is added when several. */
export function formChoices(refs: readonly string[]): { ref: string; label: string }[] {
  const parsed = [...new Set(refs)].map((ref) => {
    const cut = ref.indexOf('|');
    return { ref, origin: ref.slice(0, cut), screen: ref.slice(cut + 1) };
  });
  const origins = new Set(parsed.map((p) => p.origin));
  const host = (origin: string) => {
    try {
      return new URL(origin).host;
    } catch {
      return origin;
    }
  };
  return parsed
    .map((p) => ({ ref: p.ref, label: origins.size > 1 ? `${p.screen} (${host(p.origin)})` : p.screen }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
