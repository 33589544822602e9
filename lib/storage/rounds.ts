/**
 * Audit rounds: planning a round (name, theme, purpose, template, period, owner), changing it while it
 * is being planned, and moving its status along the allowed steps (lib/model/round.ts). Read and written
 * from the rounds page (extension origin), as the dashboard reads Dexie. Every write validates first
 * and writes nothing when refused.
 */
import type { AppDB } from './db';
import { problemsOf, type Outcome } from './round-rows';
import { RoundSchema, statusMoveError, type Round, type RoundStatus } from '../model/round';

/** What the QA lead fills in to plan a round. */
export type RoundFields = Omit<Round, 'id' | 'status' | 'moderation'>;

/** Every round, the latest opening first (then by name). */
export async function listRounds(db: AppDB): Promise<Round[]> {
  const rounds = await db.rounds.toArray();
  return rounds.sort((a, b) => b.opensOn.localeCompare(a.opensOn) || a.name.localeCompare(b.name));
}

/** Plans a new round (status: planning). */
export async function createRound(db: AppDB, fields: RoundFields): Promise<Outcome<Round>> {
  const parsed = RoundSchema.safeParse({ ...fields, id: crypto.randomUUID(), status: 'planning' });
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  await db.rounds.add(parsed.data);
  return { ok: true, value: parsed.data };
}

/** Changes a round's plan; only while it is being planned (auditors may already hold its packs after). */
export async function updateRound(db: AppDB, id: string, fields: RoundFields): Promise<Outcome<Round>> {
  return db.transaction('rw', db.rounds, async () => {
    const round = await db.rounds.get(id);
    if (!round) return { ok: false, problems: ['That round no longer exists.'] };
    if (round.status !== 'planning') {
      return { ok: false, problems: ['The round is no longer being planned: its plan cannot be changed.'] };
    }
    const kept = round.moderation ? { moderation: round.moderation } : {};
    const parsed = RoundSchema.safeParse({ ...fields, id, status: round.status, ...kept });
    if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
    await db.rounds.put(parsed.data);
    return { ok: true, value: parsed.data };
  });
}

/**
 * Moves a round to `to` when the status rules allow it. Opening needs every case of the sample
 * assigned: auditors get their packs from the assignments.
 */
export async function moveRound(db: AppDB, id: string, to: RoundStatus): Promise<Outcome<Round>> {
  return db.transaction('rw', db.rounds, db.roundPlans, db.roundAssignments, async () => {
    const round = await db.rounds.get(id);
    if (!round) return { ok: false, problems: ['That round no longer exists.'] };
    const error = statusMoveError(round.status, to);
    if (error) return { ok: false, problems: [error] };
    if (round.status === 'planning') {
      const drawn = (await db.roundPlans.get(id))?.sample?.result.drawn.length ?? 0;
      const assigned = await db.roundAssignments.where('roundId').equals(id).count();
      if (drawn === 0) return { ok: false, problems: ['Draw the sample before opening the round.'] };
      if (assigned < drawn) {
        return {
          ok: false,
          problems: [`${drawn - assigned} of the ${drawn} cases have no auditor: assign them first.`],
        };
      }
    }
    const moved = { ...round, status: to };
    await db.rounds.put(moved);
    return { ok: true, value: moved };
  });
}
