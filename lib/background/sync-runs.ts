/**
 * Team sync runs in the background: one-shot (an MV3 worker stops when idle, so no live feed), one at a
 * time (a second trigger joins the run under way), never when sync is off, refused or signed out. Each
 * run's outcome goes to the status in `storage.local` (lib/team-sync/status.ts), errors in plain words.
 */
import { browser } from 'wxt/browser';
import { loadPolicy } from '../settings/policy';
import { syncOriginFromCsp } from '../team-sync/build-origin';
import type { SyncEngine } from '../team-sync/engine-port';
import { errorWords } from '../team-sync/error-words';
import { loadSyncStatus, updateSyncStatus, type SyncStatus } from '../team-sync/status';
import { syncTarget, type SyncTarget } from '../team-sync/sync-target';

export const SYNC_ALARM = 'margin-sync';
export const SYNC_PERIOD_MINUTES = 15;
/** Opening the sidebar or dashboard starts a run unless one ended this recently. */
const OPENED_QUIET_MS = 60_000;
/** A run is abandoned after this long (the browser stops a worker's event after 5 minutes). */
const RUN_LIMIT_MS = 4 * 60_000;

export type SyncTrigger = 'alarm' | 'opened' | 'manual' | 'sign-in' | 'start';
export type RunOutcome = { ran: true; status: SyncStatus } | { ran: false; reason: string };

/** The sync target from managed policy and the origin this build's CSP allows. */
export async function currentTarget(): Promise<SyncTarget> {
  const { policy } = await loadPolicy();
  const manifest = browser.runtime.getManifest() as {
    content_security_policy?: { extension_pages?: string };
  };
  return syncTarget(
    policy.syncDatabase,
    syncOriginFromCsp(manifest.content_security_policy?.extension_pages),
  );
}

/** When the sync alarm fires next (ISO), if it is set. */
export async function nextAlarmAt(): Promise<string | undefined> {
  const alarm = await browser.alarms.get(SYNC_ALARM);
  return alarm ? new Date(alarm.scheduledTime).toISOString() : undefined;
}

/** The background's sync runs over one engine. */
export function createSyncRuns(engine: SyncEngine) {
  let running: Promise<RunOutcome> | null = null;

  async function runOnce(trigger: SyncTrigger): Promise<RunOutcome> {
    const target = await currentTarget();
    if (target.state !== 'on') return { ran: false, reason: target.reason };
    if (!(await loadSyncStatus()).signedInAs)
      return { ran: false, reason: 'Sign in to sync with your team.' };
    await updateSyncStatus((s) => ({ ...s, runningSince: new Date().toISOString() }));
    try {
      const report = await engine.syncOnce(target.database, AbortSignal.timeout(RUN_LIMIT_MS));
      if (report.error !== undefined) throw report.error;
      const { pushed, pulled, conflicts, deleted, startedAt, finishedAt } = report;
      const status = await updateSyncStatus((s) => ({
        signedInAs: s.signedInAs,
        lastSync: { pushed, pulled, conflicts, deleted, startedAt, finishedAt, trigger },
        lastAttemptAt: finishedAt,
      }));
      return { ran: true, status };
    } catch (error) {
      const words = errorWords(error, await nextAlarmAt(), 'sync');
      const at = new Date().toISOString();
      const status = await updateSyncStatus((s) => ({
        ...s,
        signedInAs: words.kind === 'signed-out' ? undefined : s.signedInAs,
        runningSince: undefined,
        lastAttemptAt: at,
        error: { kind: words.kind, message: words.message, at, retryAt: words.retryAt },
      }));
      return { ran: true, status };
    }
  }

  /** Runs now, or joins the run under way. */
  function run(trigger: SyncTrigger): Promise<RunOutcome> {
    running ??= runOnce(trigger).finally(() => {
      running = null;
    });
    return running;
  }

  /** Runs unless a run ended within the last minute (a sidebar opens on every page). */
  async function runIfQuiet(trigger: SyncTrigger, now = Date.now()): Promise<RunOutcome> {
    const { lastAttemptAt } = await loadSyncStatus();
    if (!running && lastAttemptAt && now - Date.parse(lastAttemptAt) < OPENED_QUIET_MS)
      return { ran: false, reason: 'Synced a moment ago.' };
    return run(trigger);
  }

  /** Signs in (the password goes to the server once and is kept nowhere), then syncs. */
  async function signIn(name: string, password: string): Promise<SyncStatus> {
    const target = await currentTarget();
    if (target.state !== 'on') throw new Error(target.reason);
    try {
      const session = await engine.signIn(target.database, name, password);
      await updateSyncStatus(() => ({ signedInAs: session.name }));
    } catch (error) {
      throw new Error(errorWords(error, await nextAlarmAt(), 'sign-in').message, { cause: error });
    }
    void run('sign-in');
    return loadSyncStatus();
  }

  /** Ends the session here and on the server (when it can be reached). */
  async function signOut(): Promise<SyncStatus> {
    const target = await currentTarget();
    if (target.state === 'on') await engine.signOut(target.database).catch(() => undefined);
    return updateSyncStatus((s) => ({ ...s, signedInAs: undefined, error: undefined }));
  }

  /** A worker stopped mid-run leaves `runningSince`: a new worker clears it (nothing is half-written). */
  async function recoverInterrupted(): Promise<void> {
    if ((await loadSyncStatus()).runningSince)
      await updateSyncStatus((s) => ({ ...s, runningSince: undefined }));
  }

  return { run, runIfQuiet, signIn, signOut, recoverInterrupted, isRunning: () => running !== null };
}

export type SyncRuns = ReturnType<typeof createSyncRuns>;
