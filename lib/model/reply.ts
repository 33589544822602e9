/**
 * A reply on an observation: auditor, QA lead and practitioner discuss what was observed, threaded
 * under it (like Hypothesis's replies). Only its author edits or deletes it; every edit and deletion
 * is kept in the edit trail (lib/storage/replies.ts). Stored, exported and imported with observations.
 */
import { z } from 'zod';

export const REPLY_MAX_LENGTH = 5_000;

/** The roles a person can say they have (settings), shown beside their name on a reply. */
export const AUTHOR_ROLES = ['auditor', 'qa-lead', 'practitioner', 'manager'] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];
export const AUTHOR_ROLE_LABELS: Record<AuthorRole, string> = {
  auditor: 'Auditor',
  'qa-lead': 'QA lead',
  practitioner: 'Practitioner',
  manager: 'Team manager',
};
export const AuthorRoleSchema = z.enum(AUTHOR_ROLES);

/** What a person writes in a reply. */
export const ReplyTextSchema = z
  .string()
  .trim()
  .min(1, 'Write your reply first.')
  .max(REPLY_MAX_LENGTH, `A reply can be at most ${REPLY_MAX_LENGTH.toLocaleString('en-GB')} characters.`);

export const ReplySchema = z.strictObject({
  id: z.string().uuid(),
  /** The observation replied to; a reply never outlives it. */
  observationId: z.string().uuid(),
  /** The name of who wrote it (settings or policy); may be empty only in files from elsewhere. */
  author: z.string().max(200),
  authorRole: AuthorRoleSchema.optional(),
  text: ReplyTextSchema,
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});

export type Reply = z.infer<typeof ReplySchema>;
