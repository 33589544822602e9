/**
 * A page-level note: the simplest record an auditor writes, attached to a screen of a case record.
 * Stored by the background in IndexedDB; listed by the sidebar and the dashboard.
 */
import { z } from 'zod';
import { PageContextSchema } from './page-context';

/** Where a note belongs: the page context without the title (titles carry names). */
export const NotePageSchema = PageContextSchema.omit({ title: true });
export type NotePage = z.infer<typeof NotePageSchema>;

export const NOTE_MAX_LENGTH = 20_000;

export const NoteTextSchema = z
  .string()
  .trim()
  .min(1, 'A note needs some text.')
  .max(NOTE_MAX_LENGTH, `A note can be at most ${NOTE_MAX_LENGTH} characters.`);

export const NoteSchema = z.object({
  id: z.string().uuid(),
  text: NoteTextSchema,
  page: NotePageSchema,
  /** Derived from `page` with `pageKey()`; indexed so a screen's notes are one query. */
  pageKey: z.string(),
  /** Display name of the auditor, from settings; empty when not set. */
  author: z.string().max(200),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});

export type Note = z.infer<typeof NoteSchema>;
