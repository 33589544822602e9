/** Messages about audits and their templates, from Margin's pages. */
import { z } from 'zod';
import { CaseRefSchema, SectionResultSchema } from '../../model/audit';

const auditId = z.string().uuid();

export const AuditMessages = [
  z.strictObject({
    type: z.literal('audit/start'),
    templateId: z.string().min(1).max(80),
    templateVersion: z.number().int().min(1),
    caseRef: CaseRefSchema,
    /** The round assignment this audit is for (one of the auditor's imported round packs). */
    assignmentId: z.string().uuid().optional(),
  }),
  z.strictObject({
    type: z.literal('audit/section'),
    auditId,
    sectionId: z.string().min(1).max(80),
    result: SectionResultSchema,
  }),
  z.strictObject({
    type: z.literal('audit/finish'),
    auditId,
    overallGrade: z.string().max(40).optional(),
    summary: z.string().trim().max(50_000),
  }),
  z.strictObject({ type: z.literal('audit/reopen'), auditId }),
  z.strictObject({ type: z.literal('audit/list') }),
  z.strictObject({ type: z.literal('round/my-cases') }),
  /** Templates to choose from (latest versions), or one audit's own template version. */
  z.strictObject({ type: z.literal('template/list') }),
  /** A template file's content: validated completely before anything is stored. */
  z.strictObject({ type: z.literal('template/import'), template: z.unknown() }),
] as const;
