/**
 * Database version 5's upgrade: records stored before Margin refused dates from the future (an import
 * could bring `updatedAt` 9999-12-31) get those dates set to the moment of the upgrade. Otherwise such
 * a record would win every later merge and never reach the end of its retention period; from the
 * upgrade on, retention purges it like any record changed then. Counter rows keep their day, which is
 * part of their key; their files could not carry a future day before either (the day was checked
 * against the batch's own date).
 */
import type { Transaction } from 'dexie';
import { isFarFuture } from '../model/dates';

const TABLES = ['observations', 'audits', 'notes', 'frictionFlags', 'recordHistory'] as const;
const FIELDS = ['createdAt', 'updatedAt', 'startedAt', 'finishedAt', 'at'] as const;

export async function clampFutureDates(tx: Transaction, now = Date.now()): Promise<void> {
  const stamp = new Date(now).toISOString();
  for (const table of TABLES) {
    await tx
      .table(table)
      .toCollection()
      .modify((record: Record<string, unknown>) => {
        for (const field of FIELDS) {
          const value = record[field];
          if (typeof value === 'string' && isFarFuture(value, now)) record[field] = stamp;
        }
      });
  }
}
