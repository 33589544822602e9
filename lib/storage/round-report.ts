/**
 * Reads what the round report (lib/rounds/report.ts) is built from, in one read transaction: the round,
 * its plan and sample, candidates, auditors and assignments, the audits that name the round or one of
 * its assignments, their observations, and the friction flags on this device (the report keeps those
 * on the round's cases). Used by the round report page and the Margin JSON export.
 */
import type { AppDB } from './db';
import { roundPlan, roundCandidates } from './round-sample';
import { roundAssignments, roundAuditors } from './round-assign';
import type { Template } from '../model/template';
import type { RoundReportInput } from '../rounds/report';

/** The report's input for round `roundId`, or null when there is no such round. */
export async function roundReportInput(
  db: AppDB,
  roundId: string,
  templates: readonly Template[],
  today: string,
): Promise<RoundReportInput | null> {
  const tables = [
    db.rounds,
    db.roundPlans,
    db.roundCandidates,
    db.roundAuditors,
    db.roundAssignments,
    db.audits,
    db.observations,
    db.frictionFlags,
  ];
  return db.transaction('r', tables, async () => {
    const round = await db.rounds.get(roundId);
    if (!round) return null;
    const [plan, candidates, auditors, assignments] = [
      await roundPlan(db, roundId),
      await roundCandidates(db, roundId),
      await roundAuditors(db, roundId),
      await roundAssignments(db, roundId),
    ];
    const ids = new Set(assignments.map((a) => a.id));
    const audits = await db.audits
      .filter((a) => a.roundId === roundId || (a.assignmentId !== undefined && ids.has(a.assignmentId)))
      .toArray();
    const observations = await db.observations
      .where('auditId')
      .anyOf(audits.map((a) => a.id))
      .toArray();
    const flags = (await db.frictionFlags.toArray()).map(({ screenRef: _screenRef, ...flag }) => flag);
    return {
      round,
      ...(plan.sample
        ? { sample: { ...plan.sample, candidates: plan.list?.count ?? candidates.length } }
        : {}),
      auditors,
      assignments,
      candidates,
      audits,
      observations,
      flags,
      templates,
      today,
    };
  });
}
