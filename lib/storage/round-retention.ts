/**
 * Retention of audit rounds (called by retention.ts, inside its purge transaction): a closed round
 * whose last change is older than the cutoff goes, with its plan, candidates, auditors and
 * assignments. A round has no edit time of its own, so its last change is the latest of: the end of its
 * closing day, when its candidate list was taken, its sample drawn, its cases last assigned, and the
 * last change of any audit of the round. A round still open, in moderation or being planned stays
 * whatever its age. An auditor's round pack goes when it was imported before the cutoff and its round
 * closed (by its closing day) before it too: the auditor's copy never learns the round's status.
 */
import type { IndexableType } from 'dexie';
import type { AppDB } from './db';

export const ROUND_KINDS = [
  'rounds',
  'roundPlans',
  'roundCandidates',
  'roundAuditors',
  'roundAssignments',
  'roundPacks',
] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** The tables a round purge reads and deletes from. */
export const roundRetentionTables = (db: AppDB) => [...ROUND_KINDS.map((kind) => db.table(kind)), db.audits];

const endOf = (day: string) => `${day}T23:59:59.999Z`;

/** The keys of every round record last changed before `before` (an ISO instant). */
export async function planRoundPurge(db: AppDB, before: string): Promise<Record<RoundKind, IndexableType[]>> {
  const closed = await db.rounds.filter((r) => r.status === 'closed').toArray();
  const gone: string[] = [];
  for (const round of closed) {
    const plan = await db.roundPlans.get(round.id);
    const assignmentIds = new Set(await db.roundAssignments.where('roundId').equals(round.id).primaryKeys());
    const audits = await db.audits
      .filter(
        (a) => a.roundId === round.id || (a.assignmentId !== undefined && assignmentIds.has(a.assignmentId)),
      )
      .toArray();
    const changes = [
      endOf(round.closesOn),
      plan?.list?.importedAt,
      plan?.sample ? endOf(plan.sample.drawnOn) : undefined,
      plan?.assigned?.at,
      ...audits.map((a) => a.updatedAt),
    ].filter((at): at is string => at !== undefined);
    if (changes.every((at) => at < before)) gone.push(round.id);
  }
  const packs = await db.roundPacks
    .filter((p) => p.importedAt < before && endOf(p.pack.round.closesOn) < before)
    .primaryKeys();
  const ofRounds = (table: 'roundCandidates' | 'roundAuditors' | 'roundAssignments') =>
    gone.length === 0 ? Promise.resolve([]) : db.table(table).where('roundId').anyOf(gone).primaryKeys();
  return {
    rounds: gone,
    roundPlans: [...gone],
    roundCandidates: await ofRounds('roundCandidates'),
    roundAuditors: await ofRounds('roundAuditors'),
    roundAssignments: await ofRounds('roundAssignments'),
    roundPacks: packs,
  };
}
