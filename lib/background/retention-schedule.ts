/**
 * The daily purge. An alarm (kept by the browser across restarts; a missed one fires at the next start)
 * asks for it every day, and whenever the background starts (the browser started, Margin was installed
 * or updated, or it woke for any other reason) it catches up if the last purge is more than a day old.
 * Each purge deletes the records past the retention period in force and remembers what it did.
 */
import { browser } from 'wxt/browser';
import { getDb } from '../storage/db';
import { DAY_MS, purgeBefore, retentionCutoff, type PurgeCounts } from '../storage/retention';
import { loadLastPurge, loadRetention, saveLastPurge, type LastPurge } from '../settings/retention';

export const RETENTION_ALARM = 'margin-retention';
const DAY_MINUTES = 24 * 60;

/** Purges now and records the purge. */
export async function purgeExpired(trigger: LastPurge['trigger'], now = new Date()): Promise<PurgeCounts> {
  const { days } = await loadRetention();
  const counts = await purgeBefore(getDb(), retentionCutoff(days, now));
  await saveLastPurge({ at: now.toISOString(), counts, trigger });
  return counts;
}

/** Purges when there has been no purge for a day; true when it purged. */
export async function purgeIfDue(now = new Date()): Promise<boolean> {
  const last = await loadLastPurge();
  if (last && now.getTime() - Date.parse(last.at) < DAY_MS) return false;
  await purgeExpired('automatic', now);
  return true;
}

/** Background start: answers the daily alarm, creates it if missing (never resetting it), and catches up. */
export function scheduleRetention(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void purgeExpired('automatic').catch(report);
  });
  // Listening wakes the background when the browser starts; the catch-up below then runs.
  browser.runtime.onStartup.addListener(() => undefined);
  void browser.alarms.get(RETENTION_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(RETENTION_ALARM, { periodInMinutes: DAY_MINUTES });
  });
  void purgeIfDue().catch(report);
}

function report(error: unknown): void {
  console.error('Margin could not purge records past the retention period:', error);
}
