/**
 * Everything the round view shows, read in one live query so it updates as any part changes: only the
 * round's own rows, each through an index (its audits by `roundId`), never the observations.
 */
import { getDb } from '@/lib/storage/db';
import { roundAudits } from '@/lib/storage/audits';
import { roundPlan } from '@/lib/storage/round-sample';
import { roundAssignments, roundAuditors } from '@/lib/storage/round-assign';
import { latestTemplates } from '@/lib/storage/templates';
import type { RoundPlan } from '@/lib/storage/round-rows';
import type { Assignment, Auditor, Round } from '@/lib/model/round';
import type { Audit } from '@/lib/model/audit';
import type { Template } from '@/lib/model/template';
import { useLiveQuery } from '../use-live-query';

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

export function useRound(id: string) {
  return useLiveQuery(async (): Promise<RoundData | null> => {
    const db = getDb();
    const round = await db.rounds.get(id);
    if (!round) return null;
    // Issued together: one wait for all of them instead of one after another.
    const [plan, auditors, assignments, audits, templates] = await Promise.all([
      roundPlan(db, id),
      roundAuditors(db, id),
      roundAssignments(db, id),
      roundAudits(db, id),
      latestTemplates(db),
    ]);
    const template = templates.find((t) => t.id === round.templateId);
    return { round, plan, auditors, assignments, audits, ...(template ? { template } : {}) };
  }, [id]);
}
