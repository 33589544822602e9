/**
 * The moderation section of a round report, pure: how many audits were drawn, graded by the moderator
 * and agreed; how many overall grades the agreed outcome changed, and why (each rationale with the grade
 * before and after). The agreement figures come from the worker and are added by the component.
 */
import type { ModerationRecord } from '../model/moderation';

export interface ModerationSummaryData {
  drawn: number;
  graded: number;
  agreed: number;
  /** Overall grades the moderator gave the same as the first auditor. */
  sameOverall: number;
  /** Agreed outcomes whose overall grade differs from the first auditor's, with the reason. */
  changes: { auditId: string; auditor: string; from?: string; to?: string; rationale: string }[];
}

/** Summarises a round's moderation records. */
export function summarise(records: readonly ModerationRecord[]): ModerationSummaryData {
  const graded = records.filter((r) => r.second);
  const agreed = records.filter((r) => r.agreed);
  return {
    drawn: records.length,
    graded: graded.length,
    agreed: agreed.length,
    sameOverall: graded.filter((r) => r.second!.overall === r.first.overall).length,
    changes: agreed
      .filter((r) => r.agreed!.overall !== r.first.overall)
      .map((r) => ({
        auditId: r.auditId,
        auditor: r.auditor,
        from: r.first.overall,
        to: r.agreed!.overall,
        rationale: r.agreed!.rationale,
      })),
  };
}
