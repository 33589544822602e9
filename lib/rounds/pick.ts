/**
 * Taking cases from a stratum's shuffled list under the per-case-holder limit, either in the shuffled
 * order (pure random) or spread across case holders: the next case then comes from the case holder
 * with the fewest cases in the sample so far (ties: whose next case comes first in the shuffled order),
 * which in a single stratum is a round-robin over case holders in random order.
 */
import { refKey, type Candidate } from '../model/round';

/** What a draw has taken so far: its cases in order, and each case holder's count (by `refKey`). */
export interface DrawState {
  drawn: Candidate[];
  taken: Set<Candidate>;
  perHolder: Map<string, number>;
}

export interface PickRules {
  maxPerCaseHolder?: number;
  spreadAcrossCaseHolders: boolean;
}

function take(state: DrawState, candidate: Candidate): void {
  state.drawn.push(candidate);
  state.taken.add(candidate);
  const holder = refKey(candidate.caseHolder);
  state.perHolder.set(holder, (state.perHolder.get(holder) ?? 0) + 1);
}

/** Takes up to `k` cases of `list` (in its order) that are not yet taken; returns how many it took. */
export function pick(list: readonly Candidate[], k: number, rules: PickRules, state: DrawState): number {
  const cap = rules.maxPerCaseHolder ?? Infinity;
  const room = (holder: string) => (state.perHolder.get(holder) ?? 0) < cap;
  const available = list.filter((candidate) => !state.taken.has(candidate));
  let took = 0;
  if (!rules.spreadAcrossCaseHolders) {
    for (const candidate of available) {
      if (took >= k) break;
      if (!room(refKey(candidate.caseHolder))) continue;
      take(state, candidate);
      took++;
    }
    return took;
  }
  // One queue per case holder, in shuffled order; a queue is dropped when empty or at the limit.
  const queues = new Map<string, { holder: string; cases: Candidate[]; next: number }>();
  available.forEach((candidate) => {
    const holder = refKey(candidate.caseHolder);
    const queue = queues.get(holder) ?? { holder, cases: [], next: 0 };
    queue.cases.push(candidate);
    queues.set(holder, queue);
  });
  const positions = new Map(available.map((candidate, position) => [candidate, position]));
  let open = [...queues.values()];
  while (took < k) {
    open = open.filter((queue) => queue.next < queue.cases.length && room(queue.holder));
    if (open.length === 0) break;
    let best = open[0]!;
    for (const queue of open) {
      const count = state.perHolder.get(queue.holder) ?? 0;
      const bestCount = state.perHolder.get(best.holder) ?? 0;
      if (
        count < bestCount ||
        (count === bestCount &&
          positions.get(queue.cases[queue.next]!)! < positions.get(best.cases[best.next]!)!)
      ) {
        best = queue;
      }
    }
    take(state, best.cases[best.next++]!);
    took++;
  }
  return took;
}
