/** Messages about page-level notes, from Margin's pages. */
import { z } from 'zod';
import { noFutureDates } from './no-future';
import { PageContextSchema } from '../../model/page-context';
import { NoteSchema, NoteTextSchema } from '../../model/note';

export const NoteMessages = [
  z.strictObject({ type: z.literal('note/create'), text: NoteTextSchema, context: PageContextSchema }),
  z.strictObject({ type: z.literal('note/delete'), id: z.string().uuid() }),
  /** Puts back a note just deleted (undo). Refused if a note with that id exists. */
  z.strictObject({ type: z.literal('note/restore'), note: noFutureDates(NoteSchema) }),
  /** The notes of one screen, for the sidebar (which cannot open IndexedDB itself). */
  z.strictObject({ type: z.literal('note/list'), pageKey: z.string().min(1).max(3000) }),
] as const;
