/**
 * The messages the background accepts: one Zod schema per message type, who may send it, and what it
 * answers. The single source of truth for the extension's internal protocol.
 *
 * `page` messages come from the in-page script (its strings are controlled by the host page);
 * `extension` messages come from Margin's own pages (sidebar, dashboard, options).
 */
import { z } from 'zod';
import { PageContextSchema, type PageContext } from '../model/page-context';
import { NoteSchema, NoteTextSchema, type Note } from '../model/note';

export const PageContextMessage = z.strictObject({
  type: z.literal('page/context'),
  context: PageContextSchema,
});

export const SidebarHelloMessage = z.strictObject({ type: z.literal('sidebar/hello') });

export const NoteCreateMessage = z.strictObject({
  type: z.literal('note/create'),
  text: NoteTextSchema,
  context: PageContextSchema,
});

export const NoteDeleteMessage = z.strictObject({
  type: z.literal('note/delete'),
  id: z.string().uuid(),
});

/** The notes of one screen, for the sidebar (which cannot open IndexedDB itself). */
export const NoteListMessage = z.strictObject({
  type: z.literal('note/list'),
  pageKey: z.string().min(1).max(3000),
});

/** Puts back a note just deleted (undo). Refused if a note with that id exists. */
export const NoteRestoreMessage = z.strictObject({
  type: z.literal('note/restore'),
  note: NoteSchema,
});

export const MessageSchema = z.discriminatedUnion('type', [
  PageContextMessage,
  SidebarHelloMessage,
  NoteCreateMessage,
  NoteDeleteMessage,
  NoteRestoreMessage,
  NoteListMessage,
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

export type SenderRole = 'page' | 'extension';

/** Who may send each message type. A message from anyone else is refused before it is parsed further. */
export const ALLOWED_SENDERS: Record<MessageType, SenderRole> = {
  'page/context': 'page',
  'sidebar/hello': 'extension',
  'note/create': 'extension',
  'note/delete': 'extension',
  'note/restore': 'extension',
  'note/list': 'extension',
};

/** What each message type answers with when it succeeds. */
export interface Responses {
  'page/context': { stored: true };
  'sidebar/hello': { tabId: number | null; context: PageContext | null };
  'note/create': { note: Note };
  /** The deleted note (for undo), or null when there was none with that id. */
  'note/delete': { note: Note | null };
  'note/restore': { restored: boolean };
  'note/list': { notes: Note[] };
}

export type ErrorCode = 'invalid-message' | 'unknown-type' | 'forbidden-sender' | 'failed';

/** Every answer from the background: data on success, or an error a person can read. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };
