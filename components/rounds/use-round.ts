/** Everything the round view shows, read in one live query so it updates as any part changes. */
import { getDb } from '@/lib/storage/db';
import { roundPlan } from '@/lib/storage/round-sample';
import { roundAssignments, roundAuditors } from '@/lib/storage/round-assign';
import type { RoundPlan } from '@/lib/storage/round-rows';
import type { Assignment, Auditor, Round } from '@/lib/model/round';
import type { Audit } from '@/lib/model/audit';
import { useLiveQuery } from '../use-live-query';

export interface RoundData {
  round: Round;
  plan: RoundPlan;
  auditors: Auditor[];
  assignments: Assignment[];
  /** Margin's audits that name this round (own and imported). */
  audits: Audit[];
}

export function useRound(id: string) {
  return useLiveQuery(async (): Promise<RoundData | null> => {
    const db = getDb();
    const round = await db.rounds.get(id);
    if (!round) return null;
    return {
      round,
      plan: await roundPlan(db, id),
      auditors: await roundAuditors(db, id),
      assignments: await roundAssignments(db, id),
      audits: await db.audits.filter((audit) => audit.roundId === id).toArray(),
    };
  }, [id]);
}
