/** Handlers for the data Margin holds on this device: retention, purge now, delete everything. */
import { browser } from 'wxt/browser';
import type { Handlers } from '../../messaging/router';
import { getDb } from '../../storage/db';
import { countPurgeable, retentionCutoff } from '../../storage/retention';
import { loadLastPurge, loadRetention } from '../../settings/retention';
import { purgeExpired } from '../retention-schedule';

type DataTypes = 'data/retention' | 'data/purge' | 'data/delete-everything';

export const dataHandlers: Pick<Handlers, DataTypes> = {
  async 'data/retention'() {
    const retention = await loadRetention();
    const cutoff = retentionCutoff(retention.days);
    return {
      retention,
      cutoff: cutoff.toISOString(),
      purgeable: await countPurgeable(getDb(), cutoff),
      lastPurge: await loadLastPurge(),
    };
  },
  async 'data/purge'() {
    return { counts: await purgeExpired('manual') };
  },
  async 'data/delete-everything'() {
    // Other pages' connections close on the version change and reopen an empty database when next used.
    await getDb().delete({ disableAutoOpen: false });
    await browser.storage.local.clear();
    // Clearing session storage also removes the change stamps, so open sidebars re-read (and find nothing).
    await browser.storage.session.clear();
    return { deleted: true };
  },
};
