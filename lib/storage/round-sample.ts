/**
 * A round's candidate list and its sample. A list is taken whole or refused whole (the parser's
 * problems, nothing stored); a new list replaces the old one and clears the sample and assignments
 * drawn from it. The sample is drawn from the stored list with the audit history Margin holds (its own
 * audits and imported ones: the case's person ID and the day the audit started). Only while the round
 * is being planned; each write is one transaction.
 */
import type { AppDB } from './db';
import { roundPlan } from './round-reads';
import { problemsOf, type Outcome, type RoundPlan, type StoredCandidate } from './round-rows';
import { parseCandidates } from '../rounds/candidates-csv';
import { drawSample, type Sample } from '../rounds/sample';
import type { AuditedCase } from '../rounds/recent-audits';
import { caseKey, SampleSpecSchema, type Candidate, type SampleSpecInput } from '../model/round';

const NOT_PLANNING = 'The round is no longer being planned: its candidates and sample are fixed.';

/** The round's candidates, in the list's order. */
export async function roundCandidates(db: AppDB, roundId: string): Promise<Candidate[]> {
  const rows = await db.roundCandidates.where('roundId').equals(roundId).sortBy('row');
  return rows.map((row) => row.candidate);
}

export { roundPlan } from './round-reads';

/**
 * Reads a candidate list (CSV or pasted cells) and stores it as the round's list, replacing any earlier
 * one (and the sample and assignments drawn from it). A list with any problem is refused whole.
 */
export async function importCandidates(
  db: AppDB,
  roundId: string,
  text: string,
  source = 'pasted list',
  now = new Date(),
): Promise<Outcome<RoundPlan>> {
  const parsed = parseCandidates(text, source === 'pasted list' ? 'The pasted list' : source);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const rows: StoredCandidate[] = parsed.candidates.map((candidate, row) => ({
    roundId,
    key: caseKey(candidate.caseId),
    row,
    candidate,
  }));
  const columns = Object.fromEntries(
    Object.entries(parsed.columns).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return db.transaction(
    'rw',
    [db.rounds, db.roundPlans, db.roundCandidates, db.roundAssignments],
    async (): Promise<Outcome<RoundPlan>> => {
      const round = await db.rounds.get(roundId);
      if (!round) return { ok: false, problems: ['That round no longer exists.'] };
      if (round.status !== 'planning') return { ok: false, problems: [NOT_PLANNING] };
      await db.roundCandidates.where('roundId').equals(roundId).delete();
      await db.roundAssignments.where('roundId').equals(roundId).delete();
      await db.roundCandidates.bulkAdd(rows);
      const plan: RoundPlan = {
        roundId,
        list: {
          source,
          count: rows.length,
          columns,
          attributes: parsed.attributes,
          importedAt: now.toISOString(),
        },
      };
      await db.roundPlans.put(plan);
      return { ok: true, value: plan };
    },
  );
}

/** The cases Margin knows were audited, and when: every stored audit (own and imported), by person ID. */
export async function auditHistory(db: AppDB): Promise<AuditedCase[]> {
  const audits = await db.audits.toArray();
  return audits.flatMap((audit) =>
    audit.caseRef.personId ? [{ caseId: audit.caseRef.personId, auditedOn: audit.startedAt }] : [],
  );
}

/**
 * Draws the round's sample from its stored list with `spec` and stores it (with the spec and the day),
 * clearing assignments made from an earlier draw. Same list, spec, history and day: same sample.
 */
export async function drawRoundSample(
  db: AppDB,
  roundId: string,
  spec: SampleSpecInput,
  today: string,
): Promise<Outcome<Sample>> {
  const parsedSpec = SampleSpecSchema.safeParse(spec);
  if (!parsedSpec.success) return { ok: false, problems: problemsOf(parsedSpec.error) };
  return db.transaction(
    'rw',
    [db.rounds, db.roundPlans, db.roundCandidates, db.roundAssignments, db.audits],
    async (): Promise<Outcome<Sample>> => {
      const round = await db.rounds.get(roundId);
      if (!round) return { ok: false, problems: ['That round no longer exists.'] };
      if (round.status !== 'planning') return { ok: false, problems: [NOT_PLANNING] };
      const candidates = await roundCandidates(db, roundId);
      if (candidates.length === 0) return { ok: false, problems: ['Add the candidate cases first.'] };
      const drawn = drawSample(candidates, parsedSpec.data, { history: await auditHistory(db), today });
      if (!drawn.ok) return { ok: false, problems: [drawn.error] };
      const plan = await roundPlan(db, roundId);
      await db.roundAssignments.where('roundId').equals(roundId).delete();
      await db.roundPlans.put({
        ...plan,
        sample: { spec: parsedSpec.data, drawnOn: today, result: drawn.sample },
        assigned: undefined,
      });
      return { ok: true, value: drawn.sample };
    },
  );
}
