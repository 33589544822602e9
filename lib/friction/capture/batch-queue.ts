/**
 * Batches waiting to reach the background. A batch the background did not acknowledge stays queued
 * with the same id and is retried, oldest first, before anything newer; the background applies each
 * id once, so a resend after a lost reply counts nothing twice. The queue is capped so a background
 * that never answers cannot grow it without bound.
 */
import type { FrictionBatch } from '../types';

/** The most batches kept unsent; beyond it the oldest are dropped. */
export const MAX_UNSENT = 50;

/** Unsent batches and the two ways of sending them. */
export interface BatchQueue {
  /** Queues a closed batch behind the unsent ones. */
  push(batch: FrictionBatch): void;
  /** Sends queued batches one after another, oldest first, stopping at the first not stored. */
  drain(): Promise<void>;
  /** Hands every queued batch not already in flight to `send` right now, without waiting (page exit). */
  sendAllNow(): void;
  /** Batches not yet acknowledged. */
  readonly size: number;
}

/** A queue sending through `send`, which resolves true once the background stored the batch. */
export function createBatchQueue(send: (batch: FrictionBatch) => Promise<boolean>): BatchQueue {
  const queue: FrictionBatch[] = [];
  const inFlight = new Set<string>();
  let chain: Promise<void> = Promise.resolve();
  let runs = 0;

  const sendOne = (batch: FrictionBatch): Promise<boolean> => {
    inFlight.add(batch.id);
    let sent: Promise<boolean>;
    try {
      sent = Promise.resolve(send(batch));
    } catch {
      sent = Promise.resolve(false);
    }
    return sent
      .then(
        (stored) => stored === true,
        () => false,
      )
      .then((stored) => {
        inFlight.delete(batch.id);
        const index = queue.indexOf(batch);
        if (stored && index >= 0) queue.splice(index, 1);
        return stored;
      });
  };

  const drainOnce = async () => {
    for (const batch of [...queue]) {
      if (inFlight.has(batch.id) || !queue.includes(batch)) continue;
      if (!(await sendOne(batch))) return;
    }
  };

  return {
    push(batch) {
      queue.push(batch);
      if (queue.length > MAX_UNSENT) {
        const dropped = queue.splice(0, queue.length - MAX_UNSENT);
        console.warn(`Margin: dropped ${dropped.length} friction batch(es) the background never stored.`);
      }
    },
    drain() {
      // When idle, start at once so `send` is called synchronously (the caller may change what `send`
      // attaches right after calling flush); otherwise run after the drain already going.
      runs += 1;
      const run = () => drainOnce().finally(() => (runs -= 1));
      chain = runs === 1 ? run() : chain.then(run);
      return chain;
    },
    sendAllNow() {
      for (const batch of [...queue]) if (!inFlight.has(batch.id)) void sendOne(batch);
    },
    get size() {
      return queue.length;
    },
  };
}
