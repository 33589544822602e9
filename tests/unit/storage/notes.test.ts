import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/storage/db';
import { allNotes, createNote, deleteNote, notesForPage, restoreNote } from '@/lib/storage/notes';
import { pageKey, type PageContext } from '@/lib/model/page-context';

const context: PageContext = {
  origin: 'http://127.0.0.1:4173',
  path: '/person/P123456/forms/assessment/884213',
  title: 'Child and Family Assessment | Jamie Example | Northbury',
  adapter: 'demo',
  personId: 'P123456',
  formName: 'Child and Family Assessment',
  stepId: '884213',
};

let db: AppDB;
beforeEach(() => {
  db = new AppDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('notes storage', () => {
  it('stores a note with its screen but never the page title', async () => {
    const note = await createNote(db, {
      text: 'Voice of the child is clear here.',
      context,
      author: 'A. Auditor',
    });
    const stored = await db.notes.get(note.id);
    expect(stored).toEqual(note);
    expect(stored?.page).not.toHaveProperty('title');
    expect(JSON.stringify(stored)).not.toContain('Jamie Example');
    expect(stored?.pageKey).toBe(pageKey(context));
  });

  it('finds notes by screen even when the URL path differs (session tokens)', async () => {
    await createNote(db, { text: 'first', context, author: '' });
    await createNote(db, {
      text: 'elsewhere',
      context: { ...context, formName: 'Referral', stepId: '1' },
      author: '',
    });
    const sameScreenOtherPath = { ...context, path: '/s/abc/person/P123456/forms/assessment/884213' };
    expect((await notesForPage(db, pageKey(sameScreenOtherPath))).map((n) => n.text)).toEqual(['first']);
    expect(await allNotes(db)).toHaveLength(2);
  });

  it('deletes a note and restores it exactly, once', async () => {
    const note = await createNote(db, { text: 'to undo', context, author: '' });
    const deleted = await deleteNote(db, note.id);
    expect(deleted).toEqual(note);
    expect(await db.notes.count()).toBe(0);
    expect(await restoreNote(db, note)).toBe(true);
    expect(await restoreNote(db, note)).toBe(false);
    expect(await db.notes.toArray()).toEqual([note]);
    expect(await deleteNote(db, crypto.randomUUID())).toBeNull();
  });

  it('refuses an invalid note before writing anything', async () => {
    await expect(createNote(db, { text: '  ', context, author: '' })).rejects.toThrow(/needs some text/);
    await expect(restoreNote(db, { id: 'x' } as never)).rejects.toThrow();
    expect(await db.notes.count()).toBe(0);
  });
});
