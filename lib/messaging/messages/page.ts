/** Messages about the screen in a tab: from the in-page script, and the sidebar's greeting. */
import { z } from 'zod';
import { PageContextSchema } from '../../model/page-context';

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
  /** In-page script: is Margin on for this site, with which adapters, and may it capture friction? */
  z.strictObject({ type: z.literal('page/config') }),
  /** Sidebar: which tab am I in, and what does it show? */
  z.strictObject({ type: z.literal('sidebar/hello') }),
] as const;
