/**
 * When team sync runs: every 15 minutes on an alarm (kept by the browser across restarts), when the
 * background starts, when the sidebar or dashboard opens, and on "Sync now". The runs themselves (lock,
 * status) are lib/background/sync-runs.ts; with sync off or signed out a trigger does nothing.
 */
import { browser } from 'wxt/browser';
import { syncEngine } from './sync-engine';
import { createSyncRuns, SYNC_ALARM, SYNC_PERIOD_MINUTES } from './sync-runs';

/** The background's one set of sync runs. */
export const syncRuns = createSyncRuns(syncEngine);

/** Background start: answers the alarm, creates it if missing (never resetting it), clears a run cut short. */
export function scheduleSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncRuns.run('alarm').catch(report);
  });
  void browser.alarms.get(SYNC_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
  });
  void syncRuns
    .recoverInterrupted()
    .then(() => syncRuns.runIfQuiet('start'))
    .catch(report);
}

function report(error: unknown): void {
  console.error('Margin could not run team sync:', error);
}
