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

interface Queue {
  holder: string;
  cases: Candidate[];
  positions: number[];
  next: number;
}

/** A binary min-heap under `before` (negative: the first argument comes out first). */
class MinHeap<T> {
  private items: T[] = [];
  constructor(private readonly before: (a: T, b: T) => number) {}
  get size(): number {
    return this.items.length;
  }
  push(item: T): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (this.before(items[i]!, items[parent]!) >= 0) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      for (let i = 0; ;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let least = i;
        if (l < items.length && this.before(items[l]!, items[least]!) < 0) least = l;
        if (r < items.length && this.before(items[r]!, items[least]!) < 0) least = r;
        if (least === i) break;
        [items[i], items[least]] = [items[least]!, items[i]!];
        i = least;
      }
    }
    return top;
  }
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
  // One queue per case holder, in shuffled order, kept in a binary heap by (the holder's count in the
  // sample, the shuffled position of their next case). Only the holder just taken from changes, so
  // each pick is one pop and one push: O(k log holders).
  const queues = new Map<string, Queue>();
  available.forEach((candidate, position) => {
    const holder = refKey(candidate.caseHolder);
    const queue = queues.get(holder) ?? { holder, cases: [], positions: [], next: 0 };
    queue.cases.push(candidate);
    queue.positions.push(position);
    queues.set(holder, queue);
  });
  const count = (queue: Queue) => state.perHolder.get(queue.holder) ?? 0;
  const before = (a: Queue, b: Queue) => count(a) - count(b) || a.positions[a.next]! - b.positions[b.next]!;
  const heap = new MinHeap<Queue>(before);
  for (const queue of queues.values()) if (room(queue.holder)) heap.push(queue);
  while (took < k && heap.size > 0) {
    const queue = heap.pop()!;
    take(state, queue.cases[queue.next++]!);
    took++;
    if (queue.next < queue.cases.length && room(queue.holder)) heap.push(queue);
  }
  return took;
}
