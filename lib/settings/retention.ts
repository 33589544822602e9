/**
 * How long Margin keeps records on this device: the organisation's policy (`retentionDays`, locked)
 * when it sets one, else the user's choice in Settings, else a year. The last purge (when, what it
 * deleted) is kept too, for Settings to show.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { loadPolicy } from './policy';
import type { PurgeCounts } from '../storage/retention';

export const DEFAULT_RETENTION_DAYS = 365;
export const RetentionDaysSchema = z
  .number({ error: 'Enter a number of days.' })
  .int('Enter a whole number of days.')
  .min(1, 'Keep records for at least 1 day.')
  .max(3650, 'Margin keeps records for at most 3,650 days (10 years).');

const KEY = 'retentionDays';
const LAST_PURGE_KEY = 'lastPurge';

export interface Retention {
  days: number;
  /** True when the organisation's policy sets the period (the user cannot change it). */
  locked: boolean;
}

export interface LastPurge {
  at: string;
  counts: PurgeCounts;
  /** `automatic` (daily) or `manual` (Purge now). */
  trigger: 'automatic' | 'manual';
}

export async function loadRetention(): Promise<Retention> {
  const { policy } = await loadPolicy();
  if (policy.retentionDays !== undefined) return { days: policy.retentionDays, locked: true };
  const parsed = RetentionDaysSchema.safeParse((await browser.storage.local.get(KEY))[KEY]);
  return { days: parsed.success ? parsed.data : DEFAULT_RETENTION_DAYS, locked: false };
}

/** Saves the user's period; throws a ZodError with a readable message, or when the policy locks it. */
export async function saveRetentionDays(days: unknown): Promise<number> {
  if ((await loadRetention()).locked)
    throw new Error('Your organisation sets how long records are kept; it cannot be changed here.');
  const valid = RetentionDaysSchema.parse(days);
  await browser.storage.local.set({ [KEY]: valid });
  return valid;
}

export async function loadLastPurge(): Promise<LastPurge | null> {
  return ((await browser.storage.local.get(LAST_PURGE_KEY))[LAST_PURGE_KEY] as LastPurge | undefined) ?? null;
}

export async function saveLastPurge(purge: LastPurge): Promise<void> {
  await browser.storage.local.set({ [LAST_PURGE_KEY]: purge });
}

export const RETENTION_KEY = KEY;
