/**
 * The shape of a Margin JSON export file as the importer accepts it, per schema version. Records reuse
 * the stored-entity schemas of lib/model; where those leave sizes open (counter rows, section keys) this
 * file bounds them, because an imported file is untrusted input. Version 0 is the earlier shape and is
 * only read to be migrated forward (migrate-v0.ts).
 */
import { z } from 'zod';
import { AuditSchema, SectionResultSchema } from '../../model/audit';
import { CounterRowSchema, FrictionFlagSchema } from '../../model/friction';
import { NoteSchema } from '../../model/note';
import { ObservationSchema } from '../../model/observation';
import { ReplySchema } from '../../model/reply';
import { TemplateSchema } from '../../model/template';
import { ConversationSchema } from '../../model/conversation';
import { FindingSchema } from '../../model/finding';

/** The newest schema version this Margin reads (version 2: counter rows may name their device). */
export const CURRENT_SCHEMA_VERSION = 2;

const count = z.number().min(0).max(1_000_000_000);

/** An audit, with at most 60 sections (a template's limit) under template-sized ids. */
export const IncomingAuditSchema = AuditSchema.extend({
  sections: z
    .record(z.string().max(80), SectionResultSchema)
    .refine((sections) => Object.keys(sections).length <= 60, 'at most 60 sections'),
});

/** A counter row with bounded strings and non-negative counts. Derived keys are recomputed on import. */
export const IncomingCounterRowSchema = CounterRowSchema.extend({
  key: z.string().max(5000),
  origin: z.string().max(300),
  screen: z.string().min(1).max(2000),
  field: z.string().min(1).max(300),
  tag: z.string().max(40).optional(),
  inputType: z.string().max(40).optional(),
  css: z.string().max(2000).optional(),
  screenRef: z.string().max(5000),
  screenDay: z.string().max(5000),
  device: z.string().min(1).max(100).optional(),
  counts: z
    .record(z.string().min(1).max(40), count)
    .refine((counts) => Object.keys(counts).length <= 40, 'at most 40 counters'),
});

const Generator = z.strictObject({ name: z.string().min(1).max(200), version: z.string().max(50) });

/**
 * Versions 1 and 2 of the export file: the same shape, but only version 2 counter rows carry the
 * `device` that counted them (version 1 rows are given one per exporter: normalise.ts).
 */
export const IncomingBundleV1Schema = z.object({
  schemaVersion: z.union([z.literal(1), z.literal(2)]),
  generator: Generator,
  exportedAt: z.string().datetime(),
  exportedBy: z.string().max(200),
  /** What the exporter selected (dates, auditors, ...): kept as given, never interpreted. */
  filters: z.looseObject({}),
  options: z.object({ redactQuotes: z.boolean(), pseudonymise: z.boolean() }),
  personalData: z.object({
    summary: z.string().max(5000),
    contains: z.array(z.string().max(200)).max(50),
  }),
  audits: z.array(IncomingAuditSchema),
  observations: z.array(ObservationSchema),
  /** Replies on the file's observations; files written before replies existed have none. */
  replies: z.array(ReplySchema).optional(),
  notes: z.array(NoteSchema),
  templates: z.array(TemplateSchema),
  frictionFlags: z.array(FrictionFlagSchema),
  frictionCounters: z.array(IncomingCounterRowSchema),
  /** Conversation records of the file's audits, only in files exported with them chosen. */
  conversations: z.array(ConversationSchema).optional(),
  /** Findings (optional): validated whole, so one malformed finding refuses the file. */
  findings: z.array(FindingSchema).max(10_000).optional(),
});

/** A "pattern" or "pattern/sub-item" factor path as version 0 stored it, e.g. `human-tool/ict-systems`. */
const FactorPathV0 = z
  .string()
  .regex(/^[^/\s]{1,80}(\/[^/\s]{1,80})?$/, 'expected "factor" or "factor/sub-item"');

/** Version 0 observation: `text` for the comment, factors as paths, no friction evidence. */
export const ObservationV0Schema = ObservationSchema.omit({
  comment: true,
  factors: true,
  evidence: true,
}).extend({
  text: ObservationSchema.shape.comment,
  factors: z.array(FactorPathV0).max(40),
});

/** Version 0: the earlier export file (one generator string, one option, no personal-data statement, no counters). */
export const IncomingBundleV0Schema = z.object({
  schemaVersion: z.literal(0),
  /** e.g. "Margin 0.0.9". */
  generator: z.string().min(1).max(200),
  exportedAt: z.string().datetime(),
  exportedBy: z.string().max(200),
  redactQuotes: z.boolean(),
  audits: z.array(IncomingAuditSchema),
  observations: z.array(ObservationV0Schema),
  notes: z.array(NoteSchema),
  templates: z.array(TemplateSchema),
  frictionFlags: z.array(FrictionFlagSchema),
});

export type IncomingBundle = z.infer<typeof IncomingBundleV1Schema>;
export type IncomingBundleV0 = z.infer<typeof IncomingBundleV0Schema>;
export type ObservationV0 = z.infer<typeof ObservationV0Schema>;
export type IncomingCounterRow = z.infer<typeof IncomingCounterRowSchema>;

/** The record arrays of a bundle, in the order they are listed and applied (`replies` may be absent). */
export const RECORD_ARRAYS = [
  'audits',
  'observations',
  'replies',
  'notes',
  'templates',
  'frictionFlags',
  'frictionCounters',
  'conversations',
] as const;
export type RecordArray = (typeof RECORD_ARRAYS)[number];
