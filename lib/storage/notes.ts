/**
 * Queries and writes for page-level notes. Writes happen in the background (after the router has
 * validated the message); reads may run in any extension page, e.g. inside a liveQuery.
 */
import type { AppDB } from './db';
import { forgetHistory } from './edit-history';
import { NoteSchema, type Note } from '../model/note';
import { pageKey, type PageContext } from '../model/page-context';

export interface NewNote {
  text: string;
  context: PageContext;
  author: string;
}

/**
 * Stores a new note for the screen described by `context`. The title is dropped (titles carry names).
 * Guarantees the stored record passes `NoteSchema`; throws before writing otherwise.
 */
export async function createNote(db: AppDB, input: NewNote, now = new Date()): Promise<Note> {
  const { title: _title, ...page } = input.context;
  const at = now.toISOString();
  const note = NoteSchema.parse({
    id: crypto.randomUUID(),
    text: input.text,
    page,
    pageKey: pageKey(page),
    author: input.author,
    createdAt: at,
    updatedAt: at,
  });
  await db.notes.add(note);
  return note;
}

/** Deletes one note and returns it (so it can be restored), or null when there was none with that id. */
export async function deleteNote(db: AppDB, id: string): Promise<Note | null> {
  return db.transaction('rw', db.notes, db.recordHistory, async () => {
    const existing = await db.notes.get(id);
    if (!existing) return null;
    await db.notes.delete(id);
    await forgetHistory(db, [id]);
    return existing;
  });
}

/** Puts back a deleted note exactly as it was; resolves false (and writes nothing) if its id is taken. */
export async function restoreNote(db: AppDB, note: Note): Promise<boolean> {
  const valid = NoteSchema.parse(note);
  return db.transaction('rw', db.notes, async () => {
    if (await db.notes.get(valid.id)) return false;
    await db.notes.add(valid);
    return true;
  });
}

/** Notes written on the screen with this key, newest first. */
export function notesForPage(db: AppDB, key: string): Promise<Note[]> {
  return db.notes.where('pageKey').equals(key).reverse().sortBy('createdAt');
}

/** Every note, newest first. */
export function allNotes(db: AppDB): Promise<Note[]> {
  return db.notes.orderBy('createdAt').reverse().toArray();
}
