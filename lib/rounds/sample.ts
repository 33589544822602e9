/**
 * Drawing a round's sample from the candidate list: pure and deterministic (the same candidates, spec,
 * history and day give the same draw, whatever order the list came in), with a reason for every case
 * left out. Method, in order (docs/rounds.md says the same for people):
 * 1. Candidates are put in case-ID order, then shuffled once with the seed (lib/rounds/seed.ts).
 * 2. Cases audited within the last N months are left out (lib/rounds/recent-audits.ts).
 * 3. The size: a count, or a percentage of the whole candidate list rounded to the nearest case
 *    (halves up, at least 1); never more than the cases left after step 2.
 * 4. With stratification, the size is shared among the strata in proportion to their eligible cases
 *    (lib/rounds/allocate.ts), and each stratum (in name order) is drawn in the shuffled order, or
 *    spread across case holders, keeping to the per-case-holder limit (lib/rounds/pick.ts). Places a
 *    stratum cannot fill under the limit are then filled from the other strata, in shuffled order.
 * 5. Every case not drawn gets a reason: audited recently, its case holder at the limit, or not drawn.
 */
import { caseKey, refKey, type Candidate, type SampleSpec } from '../model/round';
import { allocate } from './allocate';
import { pick, type DrawState } from './pick';
import { recentlyAudited, type AuditedCase } from './recent-audits';
import { normaliseSeed, seededRandom, shuffled } from './seed';

export type LeftOutRule = 'recently-audited' | 'case-holder-limit' | 'not-drawn';

/** A candidate that is not in the sample, and why, in words for the QA lead. */
export interface LeftOut {
  caseId: string;
  rule: LeftOutRule;
  reason: string;
}

/** One stratum of a stratified draw. */
export interface Stratum {
  /** The stratum's value, or `(not recorded)` for cases without one. */
  value: string;
  candidates: number;
  eligible: number;
  allocated: number;
  drawn: number;
}

export interface Sample {
  /** The seed as the draw used it (normalised): show this one. */
  seed: string;
  /** The size asked for, after a percentage is turned into a number of cases. */
  target: number;
  /** The sample, in the order drawn. */
  drawn: Candidate[];
  /** Every other candidate, in case-ID order. */
  leftOut: LeftOut[];
  /** Present when the spec stratifies. */
  strata?: Stratum[];
  /** Why the sample is smaller than asked, or was topped up across strata; empty when neither. */
  notes: string[];
}

export type SampleResult = { ok: true; sample: Sample } | { ok: false; error: string };

/** Values of a stratifying key missing from a case are grouped under this label. */
export const NOT_RECORDED = '(not recorded)';

/** The value of `key` (team, legalStatus, ageBand, caseType, or a further column) for a case. */
export function stratumOf(candidate: Candidate, key: string): string {
  const named: Record<string, string | undefined> = {
    team: candidate.team,
    legalStatus: candidate.legalStatus,
    ageBand: candidate.ageBand,
    caseType: candidate.caseType,
  };
  const value = key in named ? named[key] : candidate.attributes[key];
  return value?.trim() || NOT_RECORDED;
}

/** The number of cases a spec asks for from a list of `listSize` candidates. */
export function targetSize(spec: SampleSpec, listSize: number): number {
  if (spec.size.kind === 'count') return spec.size.count;
  if (listSize === 0) return 0;
  return Math.max(1, Math.floor((spec.size.percent * listSize) / 100 + 0.5 + 1e-9));
}

const cases = (n: number) => `${n} case${n === 1 ? '' : 's'}`;

const byCaseKey = (a: Candidate, b: Candidate) => {
  const [x, y] = [caseKey(a.caseId), caseKey(b.caseId)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Draws the sample, or says why it cannot (no candidates, a case listed twice). */
export function drawSample(
  candidates: readonly Candidate[],
  spec: SampleSpec,
  context: { history?: readonly AuditedCase[]; today: string },
): SampleResult {
  if (candidates.length === 0) return { ok: false, error: 'There are no candidate cases to draw from.' };
  const keys = new Set(candidates.map((candidate) => caseKey(candidate.caseId)));
  if (keys.size !== candidates.length) {
    return { ok: false, error: 'The candidate list names a case more than once: import it again.' };
  }
  const random = seededRandom(spec.seed);
  const order = shuffled([...candidates].sort(byCaseKey), random);
  const months = spec.excludeAuditedWithinMonths;
  const recent = months ? recentlyAudited(context.history ?? [], context.today, months) : new Map();
  const eligible = order.filter((candidate) => !recent.has(caseKey(candidate.caseId)));
  const target = targetSize(spec, candidates.length);
  const n = Math.min(target, eligible.length);
  const state: DrawState = { drawn: [], taken: new Set(), perHolder: new Map() };
  const rules = {
    maxPerCaseHolder: spec.maxPerCaseHolder,
    spreadAcrossCaseHolders: spec.spreadAcrossCaseHolders,
  };
  const notes: string[] = [];
  let strata: Stratum[] | undefined;

  if (spec.stratifyBy) {
    const key = spec.stratifyBy;
    const groups = new Map<string, Candidate[]>();
    for (const candidate of eligible) {
      const value = stratumOf(candidate, key);
      const group = groups.get(value);
      if (group) group.push(candidate);
      else groups.set(value, [candidate]);
    }
    const listed = new Map<string, number>();
    for (const candidate of candidates) {
      const value = stratumOf(candidate, key);
      listed.set(value, (listed.get(value) ?? 0) + 1);
    }
    const values = [...listed.keys()].sort();
    const allocation = allocate(n, new Map(values.map((value) => [value, groups.get(value)?.length ?? 0])));
    strata = values.map((value) => {
      const allocated = allocation.get(value)!;
      const drawn = pick(groups.get(value) ?? [], allocated, rules, state);
      if (drawn < allocated) {
        notes.push(
          `The group "${value}" was given ${allocated} of the sample but the limit of ${cases(spec.maxPerCaseHolder!)} ` +
            `per case holder allowed only ${drawn}; the other places were drawn from the other groups.`,
        );
      }
      return {
        value,
        candidates: listed.get(value)!,
        eligible: groups.get(value)?.length ?? 0,
        allocated,
        drawn,
      };
    });
  }
  pick(eligible, n - state.drawn.length, rules, state);
  if (strata) {
    for (const stratum of strata) {
      stratum.drawn = state.drawn.filter((c) => stratumOf(c, spec.stratifyBy!) === stratum.value).length;
    }
  }

  if (eligible.length < target) {
    notes.push(
      recent.size > 0
        ? `Only ${eligible.length} of the ${candidates.length} candidates could be drawn ` +
            `(${recent.size} were audited in the last ${months} months), so the sample has at most ` +
            `${eligible.length} cases, not ${target}.`
        : `The list has only ${candidates.length} candidates, so the sample has at most ${eligible.length}, not ${target}.`,
    );
  }
  if (state.drawn.length < n) {
    notes.push(
      `The limit of ${cases(spec.maxPerCaseHolder!)} per case holder left room for only ` +
        `${cases(state.drawn.length)}, so the sample has ${state.drawn.length}, not ${target}.`,
    );
  }
  return {
    ok: true,
    sample: {
      seed: normaliseSeed(spec.seed),
      target,
      drawn: state.drawn,
      leftOut: leftOut(candidates, spec, recent, state, months ?? 0),
      ...(strata ? { strata } : {}),
      notes,
    },
  };
}

function leftOut(
  candidates: readonly Candidate[],
  spec: SampleSpec,
  recent: ReadonlyMap<string, string>,
  state: DrawState,
  months: number,
): LeftOut[] {
  const cap = spec.maxPerCaseHolder;
  return [...candidates]
    .sort(byCaseKey)
    .filter((candidate) => !state.taken.has(candidate))
    .map((candidate) => {
      const { caseId, caseHolder } = candidate;
      const audited = recent.get(caseKey(caseId));
      if (audited) {
        return {
          caseId,
          rule: 'recently-audited' as const,
          reason: `audited on ${audited}, within the last ${months} month${months === 1 ? '' : 's'}`,
        };
      }
      const held = state.perHolder.get(refKey(caseHolder)) ?? 0;
      if (cap !== undefined && held >= cap) {
        return {
          caseId,
          rule: 'case-holder-limit' as const,
          reason: `case holder ${caseHolder} already has ${held} case${held === 1 ? '' : 's'} in the sample (at most ${cap} each)`,
        };
      }
      return {
        caseId,
        rule: 'not-drawn' as const,
        reason: `not drawn: the sample of ${state.drawn.length} was complete`,
      };
    });
}
