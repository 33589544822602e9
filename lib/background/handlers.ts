/**
 * What the background does for each message, once the router has checked its sender and shape.
 */
import type { Handlers } from '../messaging/router';
import { getDb } from '../storage/db';
import { createNote, deleteNote, notesForPage, restoreNote } from '../storage/notes';
import { loadSettings } from '../settings/settings';
import { getTabContext, setTabContext } from './tab-context';

export const handlers: Handlers = {
  async 'page/context'(message, sender) {
    if (sender.tabId === null) throw new Error('the reporting page has no tab.');
    await setTabContext(sender.tabId, message.context);
    return { stored: true };
  },
  async 'sidebar/hello'(_message, sender) {
    return { tabId: sender.tabId, context: sender.tabId === null ? null : await getTabContext(sender.tabId) };
  },
  async 'note/create'(message) {
    const { author } = await loadSettings();
    return { note: await createNote(getDb(), { text: message.text, context: message.context, author }) };
  },
  async 'note/delete'(message) {
    return { note: await deleteNote(getDb(), message.id) };
  },
  async 'note/list'(message) {
    return { notes: await notesForPage(getDb(), message.pageKey) };
  },
  async 'note/restore'(message) {
    return { restored: await restoreNote(getDb(), message.note) };
  },
};
