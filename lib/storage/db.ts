/**
 * Margin's IndexedDB database. Opened only in the extension's origin (background and extension pages),
 * lazily, so importing this module has no side effects.
 *
 * Every schema change adds a new `version(n)`; a published version and its upgrade are never edited.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Note } from '../model/note';

export const DB_NAME = 'margin';

export class AppDB extends Dexie {
  notes!: EntityTable<Note, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    // Version 1: page-level notes, queried by screen (pageKey) and listed newest first (createdAt).
    this.version(1).stores({ notes: 'id, pageKey, createdAt' });
  }
}

let instance: AppDB | undefined;

/** The shared database instance of this context, created on first use. */
export function getDb(): AppDB {
  instance ??= new AppDB();
  return instance;
}
