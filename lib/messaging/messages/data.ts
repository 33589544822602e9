/** Messages about the data Margin holds on this device (Settings → Data on this device), from Margin's pages. */
import { z } from 'zod';

export const DataMessages = [
  /** The retention period in force, the last purge, and how many records are past the period now. */
  z.strictObject({ type: z.literal('data/retention') }),
  /** Purge now: deletes every record past the retention period. */
  z.strictObject({ type: z.literal('data/purge') }),
  /** Deletes everything Margin holds on this device; the user typed DELETE to confirm. */
  z.strictObject({
    type: z.literal('data/delete-everything'),
    confirm: z.literal('DELETE', { error: 'Type DELETE to confirm.' }),
  }),
] as const;
