// The pages' client of the agreement worker, against a stand-in Worker that runs the real message
// handler: answers reach the request that asked (by id), refusals reject in words, and one worker serves
// every request until it is stopped. (The built worker itself runs in tests/e2e/agreement-worker.spec.ts.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AGREEMENT_WORKER_PATH,
  computeAgreement,
  stopAgreementWorker,
} from '@/lib/moderation/agreement-client';
import { handleAgreementMessage } from '@/lib/moderation/agreement-worker';

const started: string[] = [];

class StandInWorker extends EventTarget {
  constructor(url: string) {
    super();
    started.push(url);
  }
  postMessage(data: unknown) {
    // Answer later and out of order (the second request first), as a busy worker may.
    const delay = (data as { id: number }).id % 2 ? 20 : 1;
    setTimeout(
      () =>
        this.dispatchEvent(
          new MessageEvent('message', { data: handleAgreementMessage(structuredClone(data)) }),
        ),
      delay,
    );
  }
  terminate() {}
}

afterEach(() => {
  stopAgreementWorker();
  vi.unstubAllGlobals();
  started.length = 0;
});

describe('computeAgreement', () => {
  it('matches answers to requests and keeps one worker', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    const n = null;
    // Krippendorff (2011), p. 8: nominal 0.743, ordinal 0.815.
    const ratings = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
      [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
    ];
    const [nominal, ordinal] = await Promise.all([
      computeAgreement({ ratings, level: 'nominal', resamples: 20 }),
      computeAgreement({ ratings, level: 'ordinal', resamples: 20 }),
    ]);
    expect(nominal.alpha.value).toBeCloseTo(0.743, 3);
    expect(ordinal.alpha.value).toBeCloseTo(0.815, 3);
    expect(started).toEqual([AGREEMENT_WORKER_PATH]);
  });

  it("rejects with the worker's words, and starts a new worker after a stop", async () => {
    vi.stubGlobal('Worker', StandInWorker);
    await expect(computeAgreement({ ratings: [[1, 2]] })).rejects.toThrow(
      'Agreement request refused: Agreement needs at least two graders. (at ratings).',
    );
    stopAgreementWorker();
    await computeAgreement({ ratings: [[1], [1]], resamples: 0 });
    expect(started).toHaveLength(2);
  });
});
