/** Messages about the screen in a tab: from the in-page script, and the sidebar's greeting. */
import { z } from 'zod';
import { PageContextSchema } from '../../model/page-context';

/** 128 random bits, as 32 hex digits. */
const FrameTokenSchema = z.string().regex(/^[0-9a-f]{32}$/, 'A frame token is 32 hex digits.');

export const PageMessages = [
  /** In-page script: this tab now shows this screen. */
  z.strictObject({ type: z.literal('page/context'), context: PageContextSchema }),
  /** In-page script: which observations it found on the screen, and which are orphans. */
  z.strictObject({
    type: z.literal('page/anchors'),
    pageKey: z.string().min(1).max(3000),
    anchored: z.array(z.string().uuid()).max(10_000),
    orphaned: z.array(z.string().uuid()).max(10_000),
  }),
  /** In-page script: the user clicked the highlight or pin of an observation. */
  z.strictObject({ type: z.literal('page/focus'), observationId: z.string().uuid() }),
  /** In-page script: Alt+O (add an observation) or Alt+P (pick an element) was pressed in the record. */
  z.strictObject({ type: z.literal('page/shortcut'), action: z.enum(['add', 'pick']) }),
  /** In-page script: is Margin on for this site, with which adapters, and may it capture friction? */
  z.strictObject({ type: z.literal('page/config') }),
  /** In-page script: the one-time token it handed to the sidebar frame it mounted (frame-claims.ts). */
  z.strictObject({ type: z.literal('page/frame'), token: FrameTokenSchema }),
  /** Sidebar: here is the token my frame was handed; which tab am I in, and what does it show? */
  z.strictObject({ type: z.literal('sidebar/hello'), token: FrameTokenSchema }),
] as const;
