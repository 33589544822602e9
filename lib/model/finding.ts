/**
 * A finding (SCIE Learning Together): a systemic statement the QA lead writes over one audit round or a
 * period, its underlying pattern (one of the six contributory factors of lib/audit/factors.ts, with an
 * optional sub-item), the evidence it rests on (observations, conversations, friction flags and field
 * signals, by id), how widespread the QA lead judges it, why it matters, questions for the board and
 * actions. Counts of cases, audits, auditors and teams are never stored: lib/learning/finding-counts.ts
 * computes them from the evidence each time.
 */
import { z } from 'zod';
import { DaySchema } from './round';

export const EVIDENCE_KINDS = ['observation', 'conversation', 'friction-flag', 'friction-field'] as const;
export const WIDESPREAD = ['isolated', 'some-teams', 'widespread'] as const;
export const FINDING_STATUSES = ['draft', 'agreed'] as const;

export const WIDESPREAD_LABELS: Record<(typeof WIDESPREAD)[number], string> = {
  isolated: 'Isolated',
  'some-teams': 'In some teams',
  widespread: 'Widespread',
};

/** One piece of evidence: an observation, conversation or flag by id; a field's signals by `screen|form|field` key. */
export const EvidenceRefSchema = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  id: z.string().min(1).max(2500),
});

export const FindingActionSchema = z.strictObject({
  text: z.string().trim().min(1, 'Write the action.').max(2_000),
  owner: z.string().trim().max(200),
  dueOn: DaySchema.optional(),
});

/** A round (its id) or a period of days, both ends included. */
export const FindingScopeSchema = z.union([
  z.strictObject({ roundId: z.string().uuid() }),
  z
    .strictObject({ from: DaySchema, to: DaySchema })
    .refine((p) => p.from <= p.to, 'The period must end on or after the day it starts.'),
]);

/** What the QA lead writes; id and times are added when it is saved. */
export const FindingFieldsSchema = z.strictObject({
  statement: z.string().trim().min(1, 'Write the finding as a statement first.').max(5_000),
  pattern: z.strictObject({
    factor: z.string().min(1).max(80),
    subItem: z.string().min(1).max(80).optional(),
  }),
  evidence: z.array(EvidenceRefSchema).max(2_000),
  widespread: z.strictObject({
    judgement: z.enum(WIDESPREAD).optional(),
    note: z.string().trim().max(2_000).optional(),
  }),
  whyItMatters: z.string().trim().max(10_000).optional(),
  questions: z.array(z.string().trim().min(1).max(2_000)).max(30),
  actions: z.array(FindingActionSchema).max(30),
  scope: FindingScopeSchema,
  status: z.enum(FINDING_STATUSES),
});

export const FindingSchema = FindingFieldsSchema.extend({
  id: z.string().uuid(),
  /** Indexed: a round's findings are one query (absent for a finding over a period). */
  roundId: z.string().uuid().optional(),
  author: z.string().max(200),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});

export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type EvidenceRef = z.infer<typeof EvidenceRefSchema>;
export type FindingAction = z.infer<typeof FindingActionSchema>;
export type FindingScope = z.infer<typeof FindingScopeSchema>;
export type FindingFields = z.infer<typeof FindingFieldsSchema>;
export type Finding = z.infer<typeof FindingSchema>;
