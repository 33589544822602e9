/**
 * An auditor's observation: "this, here, is good or poor practice, for this reason, and this is the
 * systemic factor behind it". Anchored to text or a field of a screen (or to the screen as a whole),
 * optionally part of an audit and one of its sections.
 */
import { z } from 'zod';
import { NotePageSchema } from './note';
import { SelectorSchema } from './selector';
import { EVIDENCE_SOURCES, OBSERVATION_KINDS } from './observation-kinds';

export * from './observation-kinds';

export const ObservationKindSchema = z.enum(OBSERVATION_KINDS);
export const EvidenceSourceSchema = z.enum(EVIDENCE_SOURCES);

export const FactorTagSchema = z.strictObject({
  factor: z.string().min(1).max(80),
  subItem: z.string().min(1).max(80).optional(),
});

/** Where the observation points: a screen, and on it the selectors of a text range or element (none: the whole screen). */
export const ObservationTargetSchema = z.strictObject({
  page: NotePageSchema,
  selectors: z.array(SelectorSchema).max(8),
  /** The quoted record text or the field's label, to show (and re-find) when the page has changed. */
  quote: z.string().max(10_000).optional(),
});

/** What an auditor writes; the rest (id, author, times) the background adds. */
export const ObservationFieldsSchema = z.strictObject({
  auditId: z.string().uuid().nullable(),
  sectionId: z.string().max(80).optional(),
  kind: ObservationKindSchema,
  grade: z.string().max(40).optional(),
  comment: z.string().trim().min(1, 'Write the observation first.').max(20_000),
  evidenceSource: EvidenceSourceSchema,
  factors: z.array(FactorTagSchema).max(40),
  followUp: z.string().trim().max(5_000).optional(),
  /** Friction evidence this observation cites: a flag (its id) or a field's signals (its screen|form|field key). */
  evidence: z
    .array(
      z.strictObject({
        kind: z.enum(['friction-flag', 'friction-field']),
        ref: z.string().min(1).max(2500),
        summary: z.string().max(1000),
      }),
    )
    .max(20)
    .optional(),
});

export const ObservationSchema = ObservationFieldsSchema.extend({
  id: z.string().uuid(),
  target: ObservationTargetSchema,
  /** Derived from target.page with `pageKey()`; indexed so a screen's observations are one query. */
  pageKey: z.string(),
  author: z.string().max(200),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});

export type FactorTag = z.infer<typeof FactorTagSchema>;
export type ObservationTarget = z.infer<typeof ObservationTargetSchema>;
export type ObservationFields = z.infer<typeof ObservationFieldsSchema>;
export type Observation = z.infer<typeof ObservationSchema>;
