/**
 * "My assigned cases" for the auditor's sidebar: the assignments of the round packs this device holds
 * that are the auditor's (a pack made for them, or their rows of a pack of the whole round, matched by
 * name), each with its round, due date and how far the audit has got.
 */
import { caseKey, refKey, type Assignment } from '../model/round';
import type { RoundPack } from './pack-schema';
import type { ProgressAudit } from './progress';

export interface AssignedCase {
  assignmentId: string;
  roundId: string;
  roundName: string;
  caseId: string;
  dueOn: string;
  mode: Assignment['mode'];
  templateId: string;
  status: 'not-started' | 'in-progress' | 'finished';
  /** The audit of this assignment on this device, if one was started. */
  auditId: string | null;
  overdue: boolean;
}

/** Whether an assignment of `pack` is this auditor's. */
function mine(pack: RoundPack, assignment: Assignment, auditorName: string): boolean {
  if (pack.forAuditor !== null) return true;
  const auditor = pack.auditors.find((a) => refKey(a.id) === refKey(assignment.auditorId));
  return auditor !== undefined && refKey(auditor.name) === refKey(auditorName) && auditorName.trim() !== '';
}

/** The auditor's assigned cases, soonest due first; `today` is `YYYY-MM-DD`. */
export function myCases(
  packs: readonly RoundPack[],
  audits: readonly ProgressAudit[],
  auditorName: string,
  today: string,
): AssignedCase[] {
  const byAssignment = new Map(audits.filter((a) => a.assignmentId).map((a) => [a.assignmentId!, a]));
  return packs
    .filter((pack) => pack.round.status !== 'closed')
    .flatMap((pack) =>
      pack.assignments
        .filter((assignment) => mine(pack, assignment, auditorName))
        .map((assignment): AssignedCase => {
          const audit = byAssignment.get(assignment.id);
          const status = !audit ? 'not-started' : audit.status === 'finished' ? 'finished' : 'in-progress';
          return {
            assignmentId: assignment.id,
            roundId: pack.round.id,
            roundName: pack.round.name,
            caseId: assignment.caseId,
            dueOn: assignment.dueOn,
            mode: assignment.mode,
            templateId: pack.round.templateId,
            status,
            auditId: audit?.id ?? null,
            overdue: status !== 'finished' && assignment.dueOn < today,
          };
        }),
    )
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.caseId.localeCompare(b.caseId));
}

/** The assigned case shown on a screen of `personId`, if any (not yet finished first). */
export function caseOnScreen(
  cases: readonly AssignedCase[],
  personId: string | undefined,
): AssignedCase | null {
  if (!personId) return null;
  const here = cases.filter((c) => caseKey(c.caseId) === caseKey(personId));
  return here.find((c) => c.status !== 'finished') ?? here[0] ?? null;
}
