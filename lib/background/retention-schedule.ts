/**
 * The daily purge: an alarm (kept across browser restarts by the browser) plus a purge when the browser
 * starts. Each purge deletes the records past the retention period in force and remembers what it did.
 */
import { browser } from 'wxt/browser';
import { getDb } from '../storage/db';
import { purgeBefore, retentionCutoff, type PurgeCounts } from '../storage/retention';
import { loadRetention, saveLastPurge, type LastPurge } from '../settings/retention';

export const RETENTION_ALARM = 'margin-retention';
const DAY_MINUTES = 24 * 60;

/** Purges now and records the purge. */
export async function purgeExpired(trigger: LastPurge['trigger'], now = new Date()): Promise<PurgeCounts> {
  const { days } = await loadRetention();
  const counts = await purgeBefore(getDb(), retentionCutoff(days, now));
  await saveLastPurge({ at: now.toISOString(), counts, trigger });
  return counts;
}

/** Background start: makes sure the daily alarm exists (without resetting it) and answers it. */
export function scheduleRetention(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void purgeExpired('automatic').catch(report);
  });
  browser.runtime.onStartup.addListener(() => void purgeExpired('automatic').catch(report));
  void browser.alarms.get(RETENTION_ALARM).then((existing) => {
    if (!existing)
      void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
  });
}

function report(error: unknown): void {
  console.error('Margin could not purge records past the retention period:', error);
}
