/**
 * Reading one round for the rounds page: the round and only its own rows, each through its key or an
 * index (its audits by `roundId`, version 17), never the observations. Free of Zod and of the writing
 * code so that the round view's first paint loads neither; the modules that write these rows
 * (round-sample, round-assign, audits, moderation) re-export the reads from here.
 */
import type { AppDB } from './db';
import type { RoundPlan } from './round-rows';
import { latestTemplates } from './template-reads';
import { caseKey } from '../model/round-basics';
import type { Assignment, Auditor, Round } from '../model/round';
import type { Audit } from '../model/audit';
import type { ModerationRecord } from '../model/moderation';
import type { Template } from '../model/template';

/** The round's plan (list facts, sample, last assignment run); empty for a new round. */
export async function roundPlan(db: AppDB, roundId: string): Promise<RoundPlan> {
  return (await db.roundPlans.get(roundId)) ?? { roundId };
}

/** The round's auditors, in the order they were added. */
export async function roundAuditors(db: AppDB, roundId: string): Promise<Auditor[]> {
  const rows = await db.roundAuditors.where('roundId').equals(roundId).sortBy('row');
  return rows.map((row) => row.auditor);
}

/** The round's assignments, by case ID. */
export async function roundAssignments(db: AppDB, roundId: string): Promise<Assignment[]> {
  const rows = await db.roundAssignments.where('roundId').equals(roundId).toArray();
  return rows.sort((a, b) => caseKey(a.caseId).localeCompare(caseKey(b.caseId)));
}

/** The audits that name a round (own and imported), through the `roundId` index (version 17). */
export function roundAudits(db: AppDB, roundId: string): Promise<Audit[]> {
  return db.audits.where('roundId').equals(roundId).toArray();
}

/** The moderation records of a round, by audit. */
export function roundModerations(db: AppDB, roundId: string): Promise<ModerationRecord[]> {
  return db.moderations.where('roundId').equals(roundId).toArray();
}

/** Everything the round view shows. */
export interface RoundData {
  round: Round;
  plan: RoundPlan;
  auditors: Auditor[];
  assignments: Assignment[];
  /** Margin's audits that name this round (own and imported). */
  audits: Audit[];
  /** The round's template (latest version), when Margin has it. */
  template?: Template;
}

/**
 * One round and its rows, or null when there is no such round. Every read is issued at once in one
 * read-only transaction (one wait, not the round's and then its rows'); a missing round reads as null.
 */
export function readRound(db: AppDB, id: string): Promise<RoundData | null> {
  const tables = [db.rounds, db.roundPlans, db.roundAuditors, db.roundAssignments, db.audits, db.templates];
  return db.transaction('r', tables, async () => {
    const [round, plan, auditors, assignments, audits, templates] = await Promise.all([
      db.rounds.get(id),
      roundPlan(db, id),
      roundAuditors(db, id),
      roundAssignments(db, id),
      roundAudits(db, id),
      latestTemplates(db),
    ]);
    if (!round) return null;
    const template = templates.find((t) => t.id === round.templateId);
    return { round, plan, auditors, assignments, audits, ...(template ? { template } : {}) };
  });
}
