/**
 * Moderation records (issue #16): a moderator's blind second grades of a round's audit beside the first
 * auditor's grades, and the agreed outcome with its rationale stored beside the two, never over them.
 * Zod schemas and types only; the sample, packs and statistics live in lib/moderation/.
 */
import { z } from 'zod';

const grade = z.string().min(1).max(40);

/** One grader's grades of an audit: per template section id, and overall. */
export const GradesSchema = z.strictObject({
  sections: z.record(z.string().min(1).max(80), grade),
  overall: grade.optional(),
});
export type Grades = z.infer<typeof GradesSchema>;

/** The grade both graders settled on, and why: what the first auditor is shown. */
export const AgreedOutcomeSchema = z.strictObject({
  overall: grade.optional(),
  sections: z.record(z.string().min(1).max(80), grade).default({}),
  rationale: z.string().trim().min(1, 'Say why this grade was agreed.').max(5_000),
  agreedAt: z.string().datetime(),
});
export type AgreedOutcome = z.infer<typeof AgreedOutcomeSchema>;

export const ModerationRecordSchema = z.strictObject({
  /** The audit's id: an audit is moderated once. */
  auditId: z.string().uuid(),
  roundId: z.string().uuid(),
  /** The first auditor's reference. */
  auditor: z.string().min(1).max(200),
  moderator: z.string().min(1).max(200),
  /** The template the audit was graded on, so anyone holding the record shows its own scale's labels. */
  templateId: z.string().min(1).max(80).optional(),
  templateVersion: z.number().int().min(1).optional(),
  /** The first auditor's grades, as they were when the sample was drawn. */
  first: GradesSchema,
  /** The moderator's blind grades, once returned. */
  second: GradesSchema.optional(),
  gradedAt: z.string().datetime().optional(),
  agreed: AgreedOutcomeSchema.optional(),
});
export type ModerationRecord = z.infer<typeof ModerationRecordSchema>;

/** The round's moderation rule: the sample's percentage and minimum, its seed, and what the moderator sees. */
export const ModerationSettingsSchema = z.strictObject({
  percent: z.number().min(0).max(100),
  minimum: z.number().int().min(0).max(10_000),
  seed: z.string().trim().min(1, 'Enter a seed.').max(40),
  /** Whether the moderator sees the first auditor's observations (never their grades). */
  observationsVisible: z.boolean().default(false),
});
export type ModerationSettings = z.infer<typeof ModerationSettingsSchema>;
