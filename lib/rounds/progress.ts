/**
 * How far a round has got, from its assignments and the audits Margin holds (its own and imported
 * returns): per case, per auditor and for the round, not started / in progress / finished / moderated,
 * overdue, and completion against the target. Pure.
 *
 * An audit counts for an assignment when it names the assignment (`assignmentId`), or names the round
 * (`roundId`) and is of the assignment's case (`caseKey` of its person ID). Other audits are not part of
 * the round, even of the same case. A case's status is the furthest of the assignment's stored status
 * (moderation is recorded there) and what its audits show: a finished audit makes it finished, any
 * other audit in progress. Progress never goes backwards. A case is overdue when it is neither finished
 * nor moderated and today is after its due day.
 */
import type { Audit } from '../model/audit';
import { caseKey } from '../model/round-basics';
import type { Assignment, AssignmentStatus } from '../model/round';

/** What progress reads of an audit. */
export type ProgressAudit = Pick<Audit, 'id' | 'status' | 'caseRef' | 'roundId' | 'assignmentId'>;

export interface CaseProgress {
  assignment: Assignment;
  status: AssignmentStatus;
  overdue: boolean;
  /** The audits that count for it. */
  auditIds: string[];
}

export interface Tally {
  assigned: number;
  notStarted: number;
  inProgress: number;
  finished: number;
  moderated: number;
  overdue: number;
}

export interface RoundProgress {
  cases: CaseProgress[];
  /** One per auditor with assignments, in reference order. */
  auditors: ({ auditorId: string } & Tally)[];
  round: Tally & {
    /** The number of cases the round set out to audit (by default, every assignment). */
    target: number;
    /** Finished or moderated cases ÷ target, from 0 to 1 (1 when the target is 0). */
    completion: number;
    /** The completion in whole per cent, rounded down: 100 only when the target is met. */
    percent: number;
  };
}

const RANK: Record<AssignmentStatus, number> = {
  'not-started': 0,
  'in-progress': 1,
  finished: 2,
  moderated: 3,
};

/** True when `status` counts as done (finished or moderated). */
export function isDone(status: AssignmentStatus): boolean {
  return RANK[status] >= RANK.finished;
}

function tally(cases: readonly CaseProgress[]): Tally {
  const count = (status: AssignmentStatus) => cases.filter((c) => c.status === status).length;
  return {
    assigned: cases.length,
    notStarted: count('not-started'),
    inProgress: count('in-progress'),
    finished: count('finished'),
    moderated: count('moderated'),
    overdue: cases.filter((c) => c.overdue).length,
  };
}

/** Progress of a round on `today` (`YYYY-MM-DD`). */
export function roundProgress(
  assignments: readonly Assignment[],
  audits: readonly ProgressAudit[],
  options: { today: string; target?: number },
): RoundProgress {
  const byAssignment = new Map<string, ProgressAudit[]>();
  const byRoundCase = new Map<string, ProgressAudit[]>();
  const add = (map: Map<string, ProgressAudit[]>, key: string, audit: ProgressAudit) => {
    const list = map.get(key);
    if (list) list.push(audit);
    else map.set(key, [audit]);
  };
  for (const audit of audits) {
    if (audit.assignmentId) add(byAssignment, audit.assignmentId, audit);
    else if (audit.roundId) add(byRoundCase, `${audit.roundId}\n${caseKey(audit.caseRef.personId)}`, audit);
  }
  const cases = assignments.map((assignment): CaseProgress => {
    const linked = [
      ...(byAssignment.get(assignment.id) ?? []),
      ...(byRoundCase.get(`${assignment.roundId}\n${caseKey(assignment.caseId)}`) ?? []),
    ];
    const shown: AssignmentStatus = linked.some((audit) => audit.status === 'finished')
      ? 'finished'
      : linked.length > 0
        ? 'in-progress'
        : 'not-started';
    const status = RANK[shown] > RANK[assignment.status] ? shown : assignment.status;
    return {
      assignment,
      status,
      overdue: !isDone(status) && options.today > assignment.dueOn,
      auditIds: linked.map((audit) => audit.id),
    };
  });
  const perAuditor = new Map<string, CaseProgress[]>();
  for (const progress of cases) {
    const list = perAuditor.get(progress.assignment.auditorId);
    if (list) list.push(progress);
    else perAuditor.set(progress.assignment.auditorId, [progress]);
  }
  const round = tally(cases);
  const target = options.target ?? assignments.length;
  const done = round.finished + round.moderated;
  const completion = target === 0 ? 1 : Math.min(1, done / target);
  return {
    cases,
    auditors: [...perAuditor.keys()]
      .sort()
      .map((auditorId) => ({ auditorId, ...tally(perAuditor.get(auditorId)!) })),
    round: { ...round, target, completion, percent: Math.floor(completion * 100 + 1e-9) },
  };
}
