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
import { counterKey } from '../../storage/friction-counters';
import type { IncomingBundle, IncomingCounterRow } from './incoming-schema';
import { quote } from './issues';

/** A flag as stored: with the `origin|screen` it was raised on. */
export function storedFlag(flag: FrictionFlag): StoredFlag {
  const { origin, screen } = screenOf(flag.target.page);
  return { ...flag, pageKey: pageKey(flag.target.page), screenRef: `${origin}|${screen}` };
}

/**
 * The device a file's counter row stands for: its own, or for a row that names none (files of schema
 * version 1) one per exporter, so that the same person's exports overlap as one device's.
 */
export function deviceOf(row: IncomingCounterRow, exportedBy: string): string {
  return row.device ?? `exported-by:${exportedBy}`.slice(0, 100);
}

/** A counter row with its device, and its keys derived from device, day, origin, screen, form and field. */
export function storedCounterRow(row: IncomingCounterRow, exportedBy: string): IncomingCounterRow {
  const screenRef = `${row.origin}|${row.screen}`;
  const screenDay = `${row.day}|${screenRef}`;
  const device = deviceOf(row, exportedBy);
  return {
    ...row,
    device,
    screenRef,
    screenDay,
    key: counterKey({ device, screenDay, form: row.form, field: row.field }),
  };
}

/** The bundle with every derived field recomputed. */
export function normaliseBundle(bundle: IncomingBundle): IncomingBundle {
  return {
    ...bundle,
    notes: bundle.notes.map((note) => ({ ...note, pageKey: pageKey(note.page) })),
    observations: bundle.observations.map((o) => ({ ...o, pageKey: pageKey(o.target.page) })),
    frictionFlags: bundle.frictionFlags.map((flag) => ({ ...flag, pageKey: pageKey(flag.target.page) })),
    frictionCounters: bundle.frictionCounters.map((row) => storedCounterRow(row, bundle.exportedBy)),
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
    ...repeats(fileName, 'replies', bundle.replies ?? [], byId),
    ...repeats(fileName, 'notes', bundle.notes, byId),
    ...repeats(fileName, 'templates', bundle.templates, (t) => `${t.id}@${t.version}`),
    ...repeats(fileName, 'frictionFlags', bundle.frictionFlags, byId),
    ...repeats(fileName, 'frictionCounters', bundle.frictionCounters, (row) => row.key),
    ...repeats(fileName, 'conversations', bundle.conversations ?? [], byId),
  ];
}
