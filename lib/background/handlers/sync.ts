/** Handlers for team sync: status, runs, sign-in and sign-out, conflicts (lib/background/sync-runs.ts). */
import type { Handlers } from '../../messaging/router';
import type { SyncOverview } from '../../messaging/protocol';
import { loadSyncStatus } from '../../team-sync/status';
import { syncEngine } from '../sync-engine';
import { syncRuns } from '../sync-schedule';
import { currentTarget, nextAlarmAt } from '../sync-runs';

type SyncTypes =
  | 'sync/status'
  | 'sync/now'
  | 'sync/opened'
  | 'sync/sign-in'
  | 'sync/sign-out'
  | 'sync/conflicts'
  | 'sync/resolve';

/** Everything a status line needs, read fresh. */
export async function syncOverview(): Promise<SyncOverview> {
  const target = await currentTarget();
  const on = target.state === 'on';
  return {
    target,
    status: await loadSyncStatus(),
    pending: on ? await syncEngine.pendingChanges() : 0,
    conflicts: on ? (await syncEngine.conflicts()).length : 0,
    nextRunAt: on ? await nextAlarmAt() : undefined,
  };
}

export const syncHandlers: Pick<Handlers, SyncTypes> = {
  'sync/status': syncOverview,
  async 'sync/now'() {
    const outcome = await syncRuns.run('manual');
    if (!outcome.ran) throw new Error(outcome.reason);
    return syncOverview();
  },
  async 'sync/opened'() {
    const target = await currentTarget();
    const started = target.state === 'on' && (await loadSyncStatus()).signedInAs !== undefined;
    if (started) void syncRuns.runIfQuiet('opened');
    return { started };
  },
  async 'sync/sign-in'({ name, password }) {
    await syncRuns.signIn(name, password);
    return syncOverview();
  },
  async 'sync/sign-out'() {
    await syncRuns.signOut();
    return syncOverview();
  },
  async 'sync/conflicts'() {
    return { conflicts: await syncEngine.conflicts() };
  },
  async 'sync/resolve'({ kind, id, keep }) {
    await syncEngine.resolveConflict(kind, id, keep);
    return { resolved: true };
  },
};
