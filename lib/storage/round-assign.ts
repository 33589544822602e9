/**
 * A round's auditors and assignments: adding and removing auditors, assigning the sample automatically
 * (lib/rounds/assign.ts), the QA lead's choice of auditor for a case (checked by lib/rounds/reassign.ts),
 * and each assignment's due date and mode. Auditors and choices may change while the round is planned
 * or open; assigning everything afresh only while it is planned. Each write is one transaction.
 */
import type { AppDB } from './db';
import { problemsOf, type Outcome, type StoredAuditor } from './round-rows';
import { roundPlan } from './round-sample';
import { roundAuditors } from './round-reads';
import { assignCases, type AssignOutcome, type AssignmentMode } from '../rounds/assign';
import { checkChoice } from '../rounds/reassign';
import { AssignmentSchema, caseKey, refKey, type Assignment, type Auditor } from '../model/round';

const gone: Outcome<never> = { ok: false, problems: ['That round no longer exists.'] };
const fixed = (status: string): Outcome<never> => ({
  ok: false,
  problems: [
    `The round is ${status === 'moderation' ? 'in moderation' : status}: its auditors and assignments are fixed.`,
  ],
});

export { roundAssignments, roundAuditors } from './round-reads';

/** Adds auditors to a round; refused whole when one has the reference of an auditor already in it. */
export async function addAuditors(
  db: AppDB,
  roundId: string,
  auditors: readonly Auditor[],
): Promise<Outcome<Auditor[]>> {
  return db.transaction('rw', db.rounds, db.roundAuditors, async (): Promise<Outcome<Auditor[]>> => {
    const round = await db.rounds.get(roundId);
    if (!round) return gone;
    if (round.status !== 'planning' && round.status !== 'open') return fixed(round.status);
    const existing = await db.roundAuditors.where('roundId').equals(roundId).toArray();
    const taken = new Set(existing.map((row) => row.key));
    const clashes = auditors.filter((auditor) => taken.has(refKey(auditor.id)));
    if (clashes.length > 0) {
      return {
        ok: false,
        problems: clashes.map(
          (a) => `${a.id} is already an auditor of this round: give each auditor their own reference.`,
        ),
      };
    }
    const next = existing.reduce((max, row) => Math.max(max, row.row + 1), 0);
    const rows: StoredAuditor[] = auditors.map((auditor, i) => ({
      roundId,
      key: refKey(auditor.id),
      row: next + i,
      auditor,
    }));
    await db.roundAuditors.bulkAdd(rows);
    return { ok: true, value: auditors.slice() };
  });
}

/** Removes an auditor who has no cases of the round (their cases must go to someone else first). */
export async function removeAuditor(db: AppDB, roundId: string, auditorId: string): Promise<Outcome<null>> {
  return db.transaction(
    'rw',
    db.rounds,
    db.roundAuditors,
    db.roundAssignments,
    async (): Promise<Outcome<null>> => {
      const round = await db.rounds.get(roundId);
      if (!round) return gone;
      if (round.status !== 'planning' && round.status !== 'open') return fixed(round.status);
      const held = (await db.roundAssignments.where('roundId').equals(roundId).toArray()).filter(
        (a) => refKey(a.auditorId) === refKey(auditorId),
      ).length;
      if (held > 0) {
        return {
          ok: false,
          problems: [
            `${auditorId} has ${held} case${held === 1 ? '' : 's'} of this round: give them to other auditors first.`,
          ],
        };
      }
      await db.roundAuditors.delete([roundId, refKey(auditorId)]);
      return { ok: true, value: null };
    },
  );
}

/**
 * Assigns every case of the sample afresh (replacing earlier assignments), each due on the round's
 * closing day in `mode`; keeps what could not be assigned, with reasons, in the plan.
 */
export async function assignAutomatically(
  db: AppDB,
  roundId: string,
  mode: AssignmentMode,
  now = new Date(),
): Promise<Outcome<AssignOutcome>> {
  return db.transaction(
    'rw',
    [db.rounds, db.roundPlans, db.roundCandidates, db.roundAuditors, db.roundAssignments],
    async (): Promise<Outcome<AssignOutcome>> => {
      const round = await db.rounds.get(roundId);
      if (!round) return gone;
      if (round.status !== 'planning') {
        return {
          ok: false,
          problems: [
            'Only a round being planned can be assigned afresh: choose auditors case by case instead.',
          ],
        };
      }
      const plan = await roundPlan(db, roundId);
      const drawn = plan.sample?.result.drawn ?? [];
      if (drawn.length === 0) return { ok: false, problems: ['Draw the sample first.'] };
      const auditors = await roundAuditors(db, roundId);
      if (auditors.length === 0) return { ok: false, problems: ['Add the auditors first.'] };
      const result = assignCases(drawn, auditors, [], { roundId, dueOn: round.closesOn, mode });
      if (!result.ok) return { ok: false, problems: [result.error] };
      const { ok: _ok, ...outcome } = result;
      await db.roundAssignments.where('roundId').equals(roundId).delete();
      await db.roundAssignments.bulkAdd(outcome.assignments);
      await db.roundPlans.put({
        ...plan,
        assigned: { at: now.toISOString(), unassigned: outcome.unassigned },
      });
      return { ok: true, value: outcome };
    },
  );
}

/** A choice that breaks a rule "assign anyway" may waive: say so, and nothing is written. */
export type ChoiceOutcome = Outcome<Assignment> | { ok: false; problems: string[]; waivable: true };

/**
 * Gives one case to another auditor of the round. Refused when the auditor holds the case; when it
 * breaks the team rule or the capacity, refused unless `force` (then kept as a waiver).
 */
export async function chooseAuditor(
  db: AppDB,
  assignmentId: string,
  auditorId: string,
  force = false,
): Promise<ChoiceOutcome> {
  return db.transaction(
    'rw',
    [db.rounds, db.roundCandidates, db.roundAuditors, db.roundAssignments],
    async (): Promise<ChoiceOutcome> => {
      const assignment = await db.roundAssignments.get(assignmentId);
      if (!assignment) return { ok: false, problems: ['That assignment no longer exists.'] };
      const round = await db.rounds.get(assignment.roundId);
      if (!round) return gone;
      if (round.status !== 'planning' && round.status !== 'open') return fixed(round.status);
      const auditor = (await db.roundAuditors.get([round.id, refKey(auditorId)]))?.auditor;
      const candidate = (await db.roundCandidates.get([round.id, caseKey(assignment.caseId)]))?.candidate;
      if (!auditor)
        return { ok: false, problems: [`No auditor of this round has the reference ${auditorId}.`] };
      if (!candidate)
        return { ok: false, problems: [`Case ${assignment.caseId} is not in the round's list.`] };
      const others = await db.roundAssignments.where('roundId').equals(round.id).toArray();
      const load = others.filter(
        (a) => a.id !== assignmentId && refKey(a.auditorId) === refKey(auditor.id),
      ).length;
      const check = checkChoice(auditor, candidate, load);
      if (check.blocked) return { ok: false, problems: [`${check.blocked}.`] };
      if (check.waivable.length > 0 && !force) {
        return { ok: false, problems: [`${check.waivable.join('; ')}.`], waivable: true };
      }
      const updated = { ...assignment, auditorId: auditor.id };
      await db.roundAssignments.put(updated);
      return { ok: true, value: updated };
    },
  );
}

/** Changes an assignment's due date or mode (validated: a real day, a known mode). */
export async function updateAssignment(
  db: AppDB,
  assignmentId: string,
  change: Partial<Pick<Assignment, 'dueOn' | 'mode'>>,
): Promise<Outcome<Assignment>> {
  return db.transaction('rw', db.rounds, db.roundAssignments, async (): Promise<Outcome<Assignment>> => {
    const assignment = await db.roundAssignments.get(assignmentId);
    if (!assignment) return { ok: false, problems: ['That assignment no longer exists.'] };
    const round = await db.rounds.get(assignment.roundId);
    if (!round) return gone;
    if (round.status !== 'planning' && round.status !== 'open') return fixed(round.status);
    const parsed = AssignmentSchema.safeParse({ ...assignment, ...change });
    if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
    await db.roundAssignments.put(parsed.data);
    return { ok: true, value: parsed.data };
  });
}
