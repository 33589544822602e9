/** Handlers for page-level notes. */
import type { Handlers } from '../../messaging/router';
import { getDb } from '../../storage/db';
import { createNote, deleteNote, notesForPage, restoreNote } from '../../storage/notes';
import { currentAuthor } from '../../settings/settings';

export const noteHandlers: Pick<Handlers, 'note/create' | 'note/delete' | 'note/restore' | 'note/list'> = {
  async 'note/create'(message) {
    const author = await currentAuthor();
    return { note: await createNote(getDb(), { text: message.text, context: message.context, author }) };
  },
  async 'note/delete'(message) {
    return { note: await deleteNote(getDb(), message.id) };
  },
  async 'note/restore'(message) {
    return { restored: await restoreNote(getDb(), message.note) };
  },
  async 'note/list'(message) {
    return { notes: await notesForPage(getDb(), message.pageKey) };
  },
};
