/**
 * The dashboard's per-form friction queries, through the `screenRef` indexes only: which forms have
 * counters or flags (index keys, no records read), and one form's counter rows and flags.
 */
import type { AppDB } from './db';
import type { CounterRow, FrictionFlag } from '../model/friction';

/** Every `origin|screen` with friction counters or flags, read from the indexes alone. */
export async function formsWithFriction(db: AppDB): Promise<string[]> {
  const [counters, flags] = await Promise.all([
    db.frictionCounters.orderBy('screenRef').uniqueKeys(),
    db.frictionFlags.orderBy('screenRef').uniqueKeys(),
  ]);
  return [...new Set([...counters, ...flags].map(String))];
}

/** One form's counter rows (every day and device) and its flags, newest first. */
export async function formEvidence(
  db: AppDB,
  screenRef: string,
): Promise<{ rows: CounterRow[]; flags: FrictionFlag[] }> {
  const [rows, stored] = await Promise.all([
    db.frictionCounters.where('screenRef').equals(screenRef).toArray(),
    db.frictionFlags.where('screenRef').equals(screenRef).reverse().sortBy('createdAt'),
  ]);
  return { rows, flags: stored.map(({ screenRef: _screenRef, ...flag }) => flag) };
}
