/**
 * The Margin JSON export file ("bundle"): everything a QA lead exported, with the filters and privacy
 * options used and a statement of the personal data it holds. The single source of truth for the file
 * format: docs/export/margin-bundle.schema.json is generated from it (tests/unit/export/schema-file.test.ts)
 * and docs/export/margin-json.md describes every field. Change it only with a new `schemaVersion`.
 */
import { z } from 'zod';
import { AuditSchema } from '../model/audit';
import { CounterRowSchema, FrictionFlagSchema } from '../model/friction';
import { NoteSchema } from '../model/note';
import { ObservationSchema } from '../model/observation';
import { ReplySchema } from '../model/reply';
import { TemplateSchema } from '../model/template';
import { ExportFiltersSchema } from './filters';
import { ExportedRoundSchema } from './round-schema';
import { ConversationSchema } from '../model/conversation';
import { FindingSchema } from '../model/finding';

/**
 * 2: friction counter rows name the device that counted them (`device`), so merging exports adds each
 * device's counts once. 1: the first published file.
 */
export const MARGIN_BUNDLE_SCHEMA_VERSION = 2;

/** The kinds of personal data a file can hold, named in `personalData.contains`. */
export const PERSONAL_DATA_KINDS = [
  'person identifiers',
  'pseudonymised person identifiers',
  'author names',
  'pseudonymised author names',
  'quoted case-record text',
  'page addresses',
  'free text written by auditors and practitioners',
  'friction reports by practitioners',
  'conversation records with practitioners and families',
] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export const ExportOptionsSchema = z.strictObject({
  /** Quoted case-record text removed: `target.quote` and every TextQuoteSelector. */
  redactQuotes: z.boolean(),
  /** Person identifiers, step identifiers and names replaced by keyed pseudonyms. */
  pseudonymise: z.boolean(),
  /**
   * Conversation records of the file's audits included (Margin JSON only). Absent or false: left out,
   * the default, since they hold what families and practitioners said.
   */
  includeConversations: z.boolean().optional(),
});

export const PersonalDataSchema = z.strictObject({
  /** Plain-English statement of exactly what personal data the file contains. */
  summary: z.string(),
  contains: z.array(z.enum(PERSONAL_DATA_KINDS)),
});

export const MarginBundleSchema = z
  .strictObject({
    schemaVersion: z.literal(MARGIN_BUNDLE_SCHEMA_VERSION),
    generator: z.strictObject({ name: z.literal('Margin'), version: z.string().min(1) }),
    exportedAt: z.string().datetime(),
    /** Who exported (settings' author name; a pseudonym when pseudonymised; may be empty). */
    exportedBy: z.string().max(200),
    filters: ExportFiltersSchema,
    options: ExportOptionsSchema,
    personalData: PersonalDataSchema,
    audits: z.array(AuditSchema),
    observations: z.array(ObservationSchema),
    /** Replies on the exported observations, oldest first per observation (absent in files made before replies). */
    replies: z.array(ReplySchema).optional(),
    notes: z.array(NoteSchema),
    templates: z.array(TemplateSchema),
    frictionFlags: z.array(FrictionFlagSchema),
    frictionCounters: z.array(CounterRowSchema),
    /**
     * Audit rounds (round-export.ts): every round in an export of everything, else the rounds the
     * file's audits name. Absent when there are none, and in files made before rounds.
     */
    rounds: z.array(ExportedRoundSchema).optional(),
    /**
     * Conversation records of the file's audits (lib/model/conversation.ts), only when the exporter
     * chose them (`options.includeConversations`), reduced by the same privacy options as quotes.
     */
    conversations: z.array(ConversationSchema).optional(),
    /**
     * Findings (lib/model/finding.ts): every finding in an export of everything, else the findings of
     * the file's rounds. Absent when there are none, and in files made before findings. Imported back.
     */
    findings: z.array(FindingSchema).optional(),
  })
  .meta({
    title: 'Margin JSON export',
    description:
      'Audits, observations and their replies, notes and friction evidence exported from Margin (schemaVersion 2).',
  });

export type ExportOptions = z.infer<typeof ExportOptionsSchema>;
export type PersonalData = z.infer<typeof PersonalDataSchema>;
export type MarginBundle = z.infer<typeof MarginBundleSchema>;

/** The records of an export and the filters that chose them: a bundle without its metadata. */
export type ExportData = Pick<
  MarginBundle,
  | 'filters'
  | 'audits'
  | 'observations'
  | 'replies'
  | 'notes'
  | 'templates'
  | 'frictionFlags'
  | 'frictionCounters'
>;

/** The record arrays of a bundle, in the order the file lists them. */
export const RECORD_KEYS = [
  'audits',
  'observations',
  'replies',
  'notes',
  'templates',
  'frictionFlags',
  'frictionCounters',
] as const;

/** JSON Schema formats the file may name; Zod also writes its own (e.g. `starts_with`) beside a pattern. */
const STANDARD_FORMATS = new Set(['date-time', 'date', 'uuid', 'email', 'uri']);

/**
 * Generates the JSON Schema (draft 2020-12) of the Margin JSON file from `MarginBundleSchema`
 * (docs/export/margin-bundle.schema.json).
 */
export function marginBundleJsonSchema(): Record<string, unknown> {
  return fileJsonSchema(MarginBundleSchema);
}

/**
 * The JSON Schema (draft 2020-12) of a file format Margin writes, from its Zod schema: the output type
 * (what Margin writes), shared parts inlined for readers, and only standard `format`s (a non-standard
 * one is dropped: its `pattern` already says the same, and validators reject it).
 */
export function fileJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'output',
    reused: 'inline',
    unrepresentable: 'throw',
    override: ({ jsonSchema }) => {
      if (typeof jsonSchema.format === 'string' && !STANDARD_FORMATS.has(jsonSchema.format)) {
        delete jsonSchema.format;
      }
    },
  });
}
