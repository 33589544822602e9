import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppDB } from '@/lib/storage/db';
import { announceChanges, changedTables } from '@/lib/storage/changes';
import { watchTable } from '@/lib/storage/watch-table';
import { createNote } from '@/lib/storage/notes';

describe('table change signals', () => {
  it('names the changed tables of one database only', () => {
    expect(
      changedTables(
        {
          'idb://margin/notes/': {} as never,
          'idb://margin/notes/pageKey': {} as never,
          'idb://other/x/': {} as never,
        },
        'margin',
      ),
    ).toEqual(['notes']);
  });

  it('announces a committed write so a watching page re-reads', async () => {
    const name = `changes-${crypto.randomUUID()}`;
    const db = new AppDB(name);
    announceChanges(name);
    const listener = vi.fn();
    const controller = new AbortController();
    watchTable('notes', listener, controller.signal);
    await createNote(db, {
      text: 'x',
      author: '',
      context: { origin: 'http://127.0.0.1:1', path: '/', title: '', adapter: 'generic' },
    });
    await vi.waitFor(() => expect(listener).toHaveBeenCalled());
    expect(Object.keys(await fakeBrowser.storage.session.get())).toContain('changed:notes');
    controller.abort();
    await db.delete();
  });
});
