/**
 * An audit of one child's case against a template: spans many screens and visits, moves through the
 * template's sections (each graded and justified), and finishes with an overall grade and summary.
 */
import { z } from 'zod';

export const CaseRefSchema = z.strictObject({
  /** Person or case identifier, e.g. `P123456` (never a name). */
  personId: z.string().trim().min(1, 'Enter the person or case ID.').max(200),
  /** Case system the record lives in, when known from the page. */
  system: z.string().max(200).optional(),
});

/** Answers to a section's compliance question (lib/model/template.ts). */
export const COMPLIANCE_ANSWERS = ['yes', 'partly', 'no'] as const;

export const SectionResultSchema = z.strictObject({
  grade: z.string().max(40).optional(),
  /** The answer to the section's compliance question, beside its quality grade. */
  compliance: z.enum(COMPLIANCE_ANSWERS).optional(),
  /** Why this grade: the justification councils ask for. */
  justification: z.string().max(20_000).optional(),
  complete: z.boolean(),
});

export const AuditStatusSchema = z.enum(['in-progress', 'finished']);

export const AuditSchema = z.strictObject({
  id: z.string().uuid(),
  templateId: z.string().min(1).max(80),
  templateVersion: z.number().int().min(1),
  caseRef: CaseRefSchema,
  auditor: z.string().max(200),
  status: AuditStatusSchema,
  /** Results per template section id. */
  sections: z.record(z.string(), SectionResultSchema),
  overallGrade: z.string().max(40).optional(),
  summary: z.string().max(50_000).optional(),
  startedAt: z.string().datetime(),
  finishedAt: z.string().datetime().optional(),
  updatedAt: z.string().datetime(),
  /** The audit round this audit belongs to (lib/model/round.ts), when it was started from an assignment. */
  roundId: z.string().uuid().optional(),
  /** The assignment (its id) it fulfils. */
  assignmentId: z.string().uuid().optional(),
});

export type CaseRef = z.infer<typeof CaseRefSchema>;
export type SectionResult = z.infer<typeof SectionResultSchema>;
export type Audit = z.infer<typeof AuditSchema>;
