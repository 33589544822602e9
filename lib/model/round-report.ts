/**
 * The round report's summary (issue #15 item 6): what the board or the safeguarding partnership reads
 * about a round, computed from the round, its sample, assignments, audits, observations and friction
 * flags by lib/rounds/report.ts. Zod schema and types only: the Margin JSON export carries the same
 * summary (lib/export/round-export.ts), so this is the single source of its shape. Practitioners are
 * never named in it when pseudonymised: auditors, case holders and the owner are `author-…` pseudonyms
 * and case IDs `person-…` ones.
 */
import { z } from 'zod';
import { AssignmentStatusSchema, DaySchema, RoundStatusSchema } from './round';

const words = z.string().max(20_000);
const count = z.number().int().min(0);

/** One count of a distribution: a grade (its label on the scale) or a category, and how many. */
export const CountSchema = z.strictObject({ label: z.string().max(300), count });

/** A strength or area for development, quoted from an observation's comment. */
export const QuoteSchema = z.strictObject({
  text: words,
  /** The audited case (a pseudonym when pseudonymised). */
  caseId: z.string().max(200),
  section: z.string().max(200).optional(),
  factors: z.array(z.string().max(200)),
  grade: z.string().max(80).optional(),
});

/** An action recorded on an audit (an observation's follow-up action), with its owner and date when given. */
export const ActionSchema = z.strictObject({
  action: words,
  /** Who owns it, as written after "Owner:" in the action; absent when not written. */
  owner: z.string().max(200).optional(),
  /** The date it is due, as written ("by 2026-06-30"); absent when not written. */
  dueOn: DaySchema.optional(),
  caseId: z.string().max(200),
  section: z.string().max(200).optional(),
  /** The day it was recorded. */
  recordedOn: DaySchema,
});

/**
 * One section of "Compliance beside quality": the cases (distinct, by kind) whose compliance answer and
 * grade diverge, from the round's finished audits.
 */
export const ComplianceSectionSchema = z.strictObject({
  section: z.string().max(200),
  compliantPoorPractice: count,
  notCompliantGoodPractice: count,
  cases: z.array(
    z.strictObject({
      caseId: z.string().max(200),
      divergence: z.enum(['compliant-poor-practice', 'not-compliant-good-practice']),
    }),
  ),
});

export const RoundReportSummarySchema = z.strictObject({
  round: z.strictObject({
    id: z.string().uuid(),
    name: z.string().max(200),
    theme: z.string().max(200),
    purpose: z.string().max(5_000),
    opensOn: DaySchema,
    closesOn: DaySchema,
    status: RoundStatusSchema,
    owner: z.string().max(200),
    template: z.string().max(200),
  }),
  /** How the sample was drawn: absent when no sample has been drawn yet. */
  method: z
    .strictObject({
      candidates: count,
      seed: z.string().max(40),
      drawnOn: DaySchema,
      target: count,
      drawn: count,
      /** The sample spec in words: size, stratification, rules. */
      rules: z.array(z.string().max(500)),
      strata: z.array(z.strictObject({ value: z.string().max(200), candidates: count, drawn: count })),
      /** Cases left out, grouped by the rule that left them out (never by case holder). */
      leftOut: z.array(
        z.strictObject({
          rule: z.enum(['recently-audited', 'case-holder-limit', 'not-drawn']),
          label: z.string(),
          count,
        }),
      ),
      notes: z.array(z.string().max(500)),
    })
    .optional(),
  progress: z.strictObject({
    assigned: count,
    notStarted: count,
    inProgress: count,
    finished: count,
    moderated: count,
    overdue: count,
    target: count,
    percent: count,
    auditors: z.array(
      z.strictObject({ auditor: z.string().max(200), assigned: count, done: count, overdue: count }),
    ),
    byStatus: z.array(z.strictObject({ status: AssignmentStatusSchema, count })),
  }),
  audits: z.strictObject({ total: count, finished: count, observations: count }),
  grades: z.strictObject({
    /** Overall grades, in scale order, then "Not graded". */
    overall: z.array(CountSchema),
    sections: z.array(
      z.strictObject({ id: z.string().max(80), title: z.string().max(200), grades: z.array(CountSchema) }),
    ),
  }),
  strengths: z.array(QuoteSchema),
  development: z.array(QuoteSchema),
  factors: z.array(
    z.strictObject({
      id: z.string().max(80),
      label: z.string().max(200),
      strengths: count,
      concerns: count,
      subItems: z.array(CountSchema),
    }),
  ),
  friction: z.strictObject({
    flags: count,
    minutesLost: count,
    byCategory: z.array(CountSchema),
    bySeverity: z.array(CountSchema),
  }),
  actions: z.array(ActionSchema),
  /** Compliance beside quality (absent in reports made before Margin asked compliance questions). */
  compliance: z.array(ComplianceSectionSchema).optional(),
});

export type Quote = z.infer<typeof QuoteSchema>;
export type ReportAction = z.infer<typeof ActionSchema>;
export type ComplianceSection = z.infer<typeof ComplianceSectionSchema>;
export type RoundReportSummary = z.infer<typeof RoundReportSummarySchema>;
