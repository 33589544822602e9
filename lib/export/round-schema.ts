/**
 * The shape of one audit round in the Margin JSON export (`rounds`, optional): the round, its sample,
 * auditors, assignments, the computed round report and the moderation records. Part of the file format (bundle-schema.ts);
 * round-export.ts fills it.
 */
import { z } from 'zod';
import { AssignmentSchema, AuditorSchema, DaySchema, RoundSchema, SampleSpecSchema } from '../model/round';
import { RoundReportSummarySchema } from '../model/round-report';
import { ModerationRecordSchema } from '../model/moderation';

const count = z.number().int().min(0);

export const ExportedRoundSchema = z.strictObject({
  round: RoundSchema,
  /** The drawn sample; absent when none was drawn. */
  sample: z
    .strictObject({
      spec: SampleSpecSchema,
      drawnOn: DaySchema,
      seed: z.string().max(40),
      candidates: count,
      target: count,
      /** Case IDs of the sample, in the order drawn. */
      drawn: z.array(z.string().max(200)),
      leftOut: z.array(
        z.strictObject({
          caseId: z.string().max(200),
          rule: z.enum(['recently-audited', 'case-holder-limit', 'not-drawn']),
          /** Why, in words (names the case holder): only in files that are not pseudonymised. */
          reason: z.string().max(500).optional(),
        }),
      ),
      notes: z.array(z.string().max(500)),
    })
    .optional(),
  auditors: z.array(AuditorSchema),
  assignments: z.array(AssignmentSchema),
  report: RoundReportSummarySchema,
  /**
   * The round's moderation records (lib/model/moderation.ts) of the audits in the file: the first
   * grades, the moderator's blind grades, the agreed outcome and its rationale. Absent when none.
   */
  moderations: z.array(ModerationRecordSchema).optional(),
});
export type ExportedRound = z.infer<typeof ExportedRoundSchema>;
