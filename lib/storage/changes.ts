/**
 * Table-level change signals. The background announces, after every committed write, which tables
 * changed (a timestamp under `changed:<table>` in `storage.session`); pages that cannot open IndexedDB
 * themselves (the sidebar: an extension frame inside a web page counts as third-party, and browsers
 * that block third-party storage refuse it IndexedDB) re-read through the background when it changes.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import { browser } from 'wxt/browser';

import { CHANGE_KEY_PREFIX } from './watch-table';

/** The tables of database `dbName` named in a Dexie mutation set (`idb://<db>/<table>/...`). */
export function changedTables(parts: ObservabilitySet, dbName: string): string[] {
  const prefix = `idb://${dbName}/`;
  const tables = new Set<string>();
  for (const key of Object.keys(parts)) {
    if (key.startsWith(prefix)) tables.add(key.slice(prefix.length).split('/')[0]!);
  }
  return [...tables].filter(Boolean);
}

/** Background only: from now on, announce every committed write to `dbName` by table. */
let sequence = 0;

export function announceChanges(dbName: string): void {
  Dexie.on('storagemutated', (parts) => {
    const tables = changedTables(parts, dbName);
    if (tables.length === 0) return;
    // A fresh value every time: two writes in the same millisecond must both notify.
    const at = `${Date.now()}-${++sequence}`;
    void browser.storage.session.set(
      Object.fromEntries(tables.map((table) => [`${CHANGE_KEY_PREFIX}${table}`, at])),
    );
  });
}
