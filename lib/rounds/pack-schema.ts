/**
 * The round pack file: what a QA lead exports for an auditor (or for all of a round's auditors) and the
 * auditor's Margin imports: the round, its template when it is not one Margin ships, the assignments,
 * the auditors they name, and the candidate rows of those cases only (IDs and attributes as the
 * candidate list gave them: never names). The single source of truth for the format:
 * docs/export/round-pack.schema.json is generated from it (tests/unit/rounds/pack-schema-file.test.ts).
 * Change it only with a new `formatVersion`.
 */
import { z } from 'zod';
import { fileJsonSchema } from '../export/bundle-schema';
import { AssignmentSchema, AuditorSchema, CandidateSchema, RoundSchema } from '../model/round';
import { TemplateSchema } from '../model/template';

export const ROUND_PACK_FORMAT = 'margin-round-pack';
/** 1: the first published pack. */
export const ROUND_PACK_VERSION = 1;
/** `sha256:` and 64 lower-case hex digits. */
export const PACK_HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;

/** The most cases (assignments and candidate rows) and auditors a pack may hold. */
export const MAX_PACK_CASES = 50_000;
export const MAX_PACK_AUDITORS = 1_000;

export const RoundPackSchema = z
  .strictObject({
    format: z.literal(ROUND_PACK_FORMAT),
    formatVersion: z.literal(ROUND_PACK_VERSION),
    createdAt: z.string().datetime(),
    round: RoundSchema,
    /** The auditor the pack is for (their reference), or null for a pack of the whole round. */
    forAuditor: z.string().min(1).max(200).nullable(),
    /** The auditors the assignments name. */
    auditors: z.array(AuditorSchema).max(MAX_PACK_AUDITORS),
    /** The round's template, when it is a custom one (a template Margin ships is named by `round.templateId`). */
    template: TemplateSchema.optional(),
    assignments: z.array(AssignmentSchema).max(MAX_PACK_CASES),
    /** The candidate rows of the assigned cases, and of no other case. */
    candidates: z.array(CandidateSchema).max(MAX_PACK_CASES),
    /** SHA-256 of the pack's canonical JSON without this field (lib/rounds/pack.ts). */
    hash: z.string().regex(PACK_HASH_PATTERN),
  })
  .meta({
    title: 'Margin round pack',
    description:
      'An audit round, its assignments and their cases, exported by the QA lead for auditors (formatVersion 1).',
  });

export type RoundPack = z.infer<typeof RoundPackSchema>;

/** The JSON Schema of the round pack (docs/export/round-pack.schema.json). */
export function roundPackJsonSchema(): Record<string, unknown> {
  return fileJsonSchema(RoundPackSchema);
}
