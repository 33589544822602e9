/** Messages about team sync (lib/background/sync-runs.ts), from Margin's pages: status, runs, sign-in, conflicts. */
import { z } from 'zod';

export const SyncMessages = [
  /** Where sync goes, who is signed in, the last run, what waits, the conflicts count. */
  z.strictObject({ type: z.literal('sync/status') }),
  /** "Sync now": runs (or joins the run under way) and answers when it ends. */
  z.strictObject({ type: z.literal('sync/now') }),
  /** The sidebar or the dashboard opened: runs unless one ran a moment ago; answers at once. */
  z.strictObject({ type: z.literal('sync/opened') }),
  /** The password goes once to the council server and is kept nowhere. */
  z.strictObject({
    type: z.literal('sync/sign-in'),
    name: z.string().trim().min(1, 'Enter your user name.').max(200),
    password: z.string().min(1, 'Enter your password.').max(1000),
  }),
  z.strictObject({ type: z.literal('sync/sign-out') }),
  /** The Margin conflicts waiting for a person, both versions of each. */
  z.strictObject({ type: z.literal('sync/conflicts') }),
  /** Keeps one version of a conflicting record. */
  z.strictObject({
    type: z.literal('sync/resolve'),
    kind: z.string().min(1).max(40),
    id: z.string().min(1).max(200),
    keep: z.enum(['local', 'remote']),
  }),
] as const;
