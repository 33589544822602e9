/**
 * The two moderation files. The moderation pack goes from the QA lead to the moderator: the round, its
 * template when custom, and the sampled audits WITHOUT the first auditor's grades, justifications or
 * summary (a blinded audit holds only what identifies the case). The moderation return goes back: the
 * moderator's blind grades. The moderation outcomes file goes from the QA lead to a first auditor: the
 * agreed outcomes of their moderated audits with the grades beside them. All three carry a tamper-evident hash like a round pack (lib/rounds/pack.ts).
 * docs/export/moderation-files.schema.json is generated from these (tests/unit/moderation/pack-schema-file.test.ts).
 */
import { z } from 'zod';
import { fileJsonSchema } from '../export/bundle-schema';
import { CaseRefSchema } from '../model/audit';
import { EvidenceSourceSchema, FactorTagSchema, ObservationKindSchema } from '../model/observation';
import { GradesSchema, ModerationRecordSchema } from '../model/moderation';
import { RoundSchema } from '../model/round';
import { TemplateSchema } from '../model/template';
import { PACK_HASH_PATTERN } from '../rounds/pack-schema';

export const MODERATION_PACK_FORMAT = 'margin-moderation-pack';
export const MODERATION_RETURN_FORMAT = 'margin-moderation-return';
export const MODERATION_OUTCOMES_FORMAT = 'margin-moderation-outcomes';
/** 1: the first published moderation files. */
export const MODERATION_FILE_VERSION = 1;
export const MAX_MODERATED = 10_000;

/**
 * The envelope every moderation file shares: its format and version, when it was made, and the hash of
 * its canonical JSON; `fields` go between the date and the hash.
 */
function moderationFile<F extends string, S extends z.ZodRawShape>(
  format: F,
  fields: S,
  meta: { title: string; description: string },
) {
  return z
    .strictObject({
      format: z.literal(format),
      formatVersion: z.literal(MODERATION_FILE_VERSION),
      createdAt: z.string().datetime(),
      ...fields,
      hash: z.string().regex(PACK_HASH_PATTERN),
    })
    .meta(meta);
}

/**
 * A first auditor's observation as a moderator may see it (only when the round says so): what was
 * seen, where in the template, the quote and the factors; never the grade the observation gave.
 */
export const BlindObservationSchema = z.strictObject({
  sectionId: z.string().max(80).optional(),
  kind: ObservationKindSchema,
  comment: z.string().min(1).max(20_000),
  evidenceSource: EvidenceSourceSchema,
  factors: z.array(FactorTagSchema).max(40),
  quote: z.string().max(10_000).optional(),
});
export type BlindObservation = z.infer<typeof BlindObservationSchema>;

/**
 * An audit as the moderator receives it: no grade, justification or summary; its observations (without
 * grades) only when the round lets the moderator see them.
 */
export const BlindAuditSchema = z.strictObject({
  auditId: z.string().uuid(),
  templateId: z.string().min(1).max(80),
  templateVersion: z.number().int().min(1),
  caseRef: CaseRefSchema,
  observations: z.array(BlindObservationSchema).max(2_000).optional(),
});
export type BlindAudit = z.infer<typeof BlindAuditSchema>;

export const ModerationPackSchema = moderationFile(
  MODERATION_PACK_FORMAT,
  {
    /** The round, with its moderation rule (whether the first auditor's observations are shown). */
    round: RoundSchema,
    moderator: z.string().min(1).max(200),
    /** The draw's seed, shown so anyone can redo it. */
    seed: z.string().min(1).max(40),
    template: TemplateSchema.optional(),
    audits: z.array(BlindAuditSchema).min(1).max(MAX_MODERATED),
  },
  {
    title: 'Margin moderation pack',
    description: "A round's moderation sample for the moderator, without the first grades (formatVersion 1).",
  },
);
export type ModerationPack = z.infer<typeof ModerationPackSchema>;

export const ModerationReturnSchema = moderationFile(
  MODERATION_RETURN_FORMAT,
  {
    roundId: z.string().uuid(),
    moderator: z.string().min(1).max(200),
    grades: z
      .array(
        z.strictObject({ auditId: z.string().uuid(), grades: GradesSchema, gradedAt: z.string().datetime() }),
      )
      .min(1)
      .max(MAX_MODERATED),
  },
  {
    title: 'Margin moderation return',
    description: "A moderator's blind second grades for a round, returned to the QA lead (formatVersion 1).",
  },
);
export type ModerationReturn = z.infer<typeof ModerationReturnSchema>;

export const ModerationOutcomesSchema = moderationFile(
  MODERATION_OUTCOMES_FORMAT,
  {
    roundId: z.string().uuid(),
    roundName: z.string().min(1).max(200),
    /** The auditor whose audits these are. */
    auditor: z.string().min(1).max(200),
    records: z.array(ModerationRecordSchema).min(1).max(MAX_MODERATED),
  },
  {
    title: 'Margin moderation outcomes',
    description: "The agreed outcomes of one auditor's moderated audits, for that auditor (formatVersion 1).",
  },
);
export type ModerationOutcomes = z.infer<typeof ModerationOutcomesSchema>;

/** The JSON Schemas of the moderation files (docs/export/moderation-files.schema.json). */
export function moderationFilesJsonSchema(): Record<string, unknown> {
  return {
    pack: fileJsonSchema(ModerationPackSchema),
    return: fileJsonSchema(ModerationReturnSchema),
    outcomes: fileJsonSchema(ModerationOutcomesSchema),
  };
}
