/**
 * Team sync's overview for a page (sidebar or dashboard), read through the background and read again
 * whenever the stored status changes or a table Margin syncs changes (changes waiting, conflicts).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { request } from '@/lib/messaging/client';
import type { SyncOverview } from '@/lib/messaging/protocol';
import { CHANGE_KEY_PREFIX } from '@/lib/storage/watch-table';

export function useSyncOverview(): [SyncOverview | null, (next: SyncOverview) => void] {
  const [overview, setOverview] = useState<SyncOverview | null>(null);
  useEffect(() => {
    let latest = 0;
    let live = true;
    const reload = () => {
      const call = ++latest;
      request({ type: 'sync/status' }).then(
        (value) => live && call === latest && setOverview(value),
        () => undefined,
      );
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (
        (area === 'local' && 'syncStatus' in changes) ||
        (area === 'session' && Object.keys(changes).some((key) => key.startsWith(CHANGE_KEY_PREFIX)))
      )
        reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    reload();
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return [overview, setOverview];
}
