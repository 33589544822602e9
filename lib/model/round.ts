/**
 * An audit round (issue #15): a themed set of cases, drawn from a candidate list by a sample spec and
 * assigned to auditors, each assignment with a due date and a mode. Zod schemas and types only; the
 * round's allowed status moves and how references (case IDs, practitioner refs, teams) are matched live
 * in ./round-basics (no Zod) and are re-exported here. The logic (sampling, assigning, packs, progress)
 * lives in lib/rounds/.
 */
import { z } from 'zod';
import { ModerationSettingsSchema } from './moderation';
import { ROUND_STATUSES } from './round-basics';

/** A calendar day, `YYYY-MM-DD` (rounds plan in days, not instants). */
export const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as year-month-day, for example 2026-04-30.')
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), 'Enter a real date.');

const ref = (what: string) =>
  z.string().trim().min(1, `Enter the ${what}.`).max(200, `The ${what} can be at most 200 characters.`);

export { ROUND_STATUSES, nextStatuses, statusMoveError } from './round-basics';
export const RoundStatusSchema = z.enum(ROUND_STATUSES);
export type RoundStatus = z.infer<typeof RoundStatusSchema>;

export const RoundSchema = z
  .strictObject({
    id: z.string().uuid(),
    name: ref('round name'),
    /** The practice theme, e.g. "Voice of the child". */
    theme: z.string().trim().max(200, 'The theme can be at most 200 characters.'),
    purpose: z.string().trim().max(5_000, 'The purpose can be at most 5000 characters.'),
    templateId: z.string().min(1, 'Choose a template.').max(80),
    opensOn: DaySchema,
    closesOn: DaySchema,
    status: RoundStatusSchema,
    /** Who runs the round (the QA lead's name or reference). */
    owner: ref('owner'),
    /**
     * The moderation rule (lib/moderation/sample.ts), saved when the moderation sample is drawn: the
     * sample's percentage, minimum and seed, and whether the moderator sees the first observations.
     */
    moderation: ModerationSettingsSchema.optional(),
  })
  .refine((round) => round.closesOn >= round.opensOn, {
    message: 'The round must close on or after the day it opens.',
    path: ['closesOn'],
  });
export type Round = z.infer<typeof RoundSchema>;

/** At most this many free attributes per candidate (extra columns of the candidate list). */
export const MAX_CANDIDATE_ATTRIBUTES = 20;

/** A case the sample may draw. IDs are the council's own (or pseudonymous); never names. */
export const CandidateSchema = z.strictObject({
  /** Case or person ID, e.g. `P123456`. */
  caseId: ref('case or person ID'),
  team: ref('team'),
  /** The practitioner reference of the case holder (pseudonymous references are fine). */
  caseHolder: ref('case holder'),
  legalStatus: z.string().trim().max(200).optional(),
  ageBand: z.string().trim().max(200).optional(),
  caseType: z.string().trim().max(200).optional(),
  /** Further columns of the list, by column heading. */
  attributes: z
    .record(z.string().trim().min(1).max(60), z.string().max(200))
    .refine(
      (map) => Object.keys(map).length <= MAX_CANDIDATE_ATTRIBUTES,
      `A case can have at most ${MAX_CANDIDATE_ATTRIBUTES} further attributes.`,
    )
    .default({}),
});
export type Candidate = z.infer<typeof CandidateSchema>;

export const AUDITOR_ROLES = ['team-manager', 'senior-practitioner', 'qa-officer', 'peer'] as const;
export const AuditorSchema = z.strictObject({
  /** The auditor's practitioner reference: the same reference the candidate list uses for case holders. */
  id: ref('auditor reference'),
  name: ref('auditor name'),
  team: ref('team'),
  role: z.enum(AUDITOR_ROLES),
  /** How many cases of this round the auditor can take. */
  capacity: z.number().int('Capacity is a whole number of cases.').min(0).max(1_000),
});
export type Auditor = z.infer<typeof AuditorSchema>;

export const ASSIGNMENT_MODES = ['desk', 'with-worker'] as const;
export const ASSIGNMENT_STATUSES = ['not-started', 'in-progress', 'finished', 'moderated'] as const;
export const AssignmentStatusSchema = z.enum(ASSIGNMENT_STATUSES);
export type AssignmentStatus = z.infer<typeof AssignmentStatusSchema>;

export const AssignmentSchema = z.strictObject({
  /**
   * A random UUID, not derived from the case: audits name their assignment, and a pseudonymised export
   * must not carry the case ID inside it.
   */
  id: z.string().uuid(),
  roundId: z.string().uuid(),
  caseId: ref('case or person ID'),
  auditorId: ref('auditor reference'),
  dueOn: DaySchema,
  /** A desk audit, or an audit with the worker (the case holder takes part). */
  mode: z.enum(ASSIGNMENT_MODES),
  status: AssignmentStatusSchema,
});
export type Assignment = z.infer<typeof AssignmentSchema>;

export const SampleSpecSchema = z.strictObject({
  /** A number of cases, or a percentage of the candidate list (rounded as lib/rounds/sample.ts says). */
  size: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('count'), count: z.number().int().min(1).max(50_000) }),
    z.strictObject({ kind: z.literal('percent'), percent: z.number().gt(0).max(100) }),
  ]),
  /** Shown to people and typed back to reproduce the draw: `newSeed()` makes one like `K7QM-3XPA`. */
  seed: z.string().trim().min(1, 'Enter a seed.').max(40, 'A seed can be at most 40 characters.'),
  /** `team`, `legalStatus`, `ageBand`, `caseType`, or the heading of a further column. */
  stratifyBy: z.string().trim().min(1).max(60).optional(),
  /** Leave out cases audited in the last this many months. */
  excludeAuditedWithinMonths: z.number().int().min(1).max(120).optional(),
  /** At most this many cases of one case holder in the sample. */
  maxPerCaseHolder: z.number().int().min(1).max(1_000).optional(),
  /** Take case holders in turn (each holder's first case, then second, ...) rather than purely at random. */
  spreadAcrossCaseHolders: z.boolean().default(false),
});
export type SampleSpec = z.infer<typeof SampleSpecSchema>;
export type SampleSpecInput = z.input<typeof SampleSpecSchema>;

export { caseKey, refKey } from './round-basics';
