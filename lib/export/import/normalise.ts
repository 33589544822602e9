/**
 * Puts a validated bundle's records into the form they are stored in. Derived fields (a record's
 * `pageKey`, a flag's `screenRef`, a counter row's `key`, `screenRef` and `screenDay`) are recomputed
 * from the record, never taken from the file, so a file cannot file a record under another screen; then
 * two records of one kind with the same id (or key) in one file are refused.
 */
import type { StoredFlag } from '../../storage/db';
import type { FrictionFlag } from '../../model/friction';
import { pageKey } from '../../model/page-context';
import { screenOf } from '../../storage/friction-flags';
import type { IncomingBundle, IncomingCounterRow } from './incoming-schema';
import { quote } from './issues';

/** A flag as stored: with the `origin|screen` it was raised on. */
export function storedFlag(flag: FrictionFlag): StoredFlag {
  const { origin, screen } = screenOf(flag.target.page);
  return { ...flag, pageKey: pageKey(flag.target.page), screenRef: `${origin}|${screen}` };
}

/** A counter row with its keys derived from day, origin, screen, form and field. */
export function storedCounterRow(row: IncomingCounterRow): IncomingCounterRow {
  const screenRef = `${row.origin}|${row.screen}`;
  const screenDay = `${row.day}|${screenRef}`;
  return { ...row, screenRef, screenDay, key: `${screenDay}|${row.form}|${row.field}` };
}

/** The bundle with every derived field recomputed. */
export function normaliseBundle(bundle: IncomingBundle): IncomingBundle {
  return {
    ...bundle,
    notes: bundle.notes.map((note) => ({ ...note, pageKey: pageKey(note.page) })),
    observations: bundle.observations.map((o) => ({ ...o, pageKey: pageKey(o.target.page) })),
    frictionFlags: bundle.frictionFlags.map((flag) => ({ ...flag, pageKey: pageKey(flag.target.page) })),
    frictionCounters: bundle.frictionCounters.map(storedCounterRow),
  };
}

function repeats<T>(fileName: string, array: string, records: T[], keyOf: (record: T) => string): string[] {
  const first = new Map<string, number>();
  const errors: string[] = [];
  records.forEach((record, index) => {
    const key = keyOf(record);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, index);
    else errors.push(`${fileName}: ${array}[${index}] (${quote(key, 60)}): repeats ${array}[${seen}]`);
  });
  return errors;
}

/** Messages for records that appear twice in one file (same id, template id@version, or counter key). */
export function duplicateErrors(fileName: string, bundle: IncomingBundle): string[] {
  const byId = (record: { id: string }) => record.id;
  return [
    ...repeats(fileName, 'audits', bundle.audits, byId),
    ...repeats(fileName, 'observations', bundle.observations, byId),
    ...repeats(fileName, 'notes', bundle.notes, byId),
    ...repeats(fileName, 'templates', bundle.templates, (t) => `${t.id}@${t.version}`),
    ...repeats(fileName, 'frictionFlags', bundle.frictionFlags, byId),
    ...repeats(fileName, 'frictionCounters', bundle.frictionCounters, (row) => row.key),
  ];
}
