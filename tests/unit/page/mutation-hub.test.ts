// @vitest-environment jsdom
// Margin's one mutation observer: records reach every subscriber after the frame, or at once on
// flush(); attributes are observed only while a subscriber wants them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMutationHub, DELIVERY_DELAY_MS } from '@/lib/page/mutation-hub';

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<main id="m"></main>';
});
afterEach(() => {
  vi.useRealTimers();
});

const settle = async () => {
  for (let i = 0; i < 3; i++) await Promise.resolve();
};

describe('mutation hub', () => {
  it('hands queued records to every subscriber after the frame, not in the observer callback', async () => {
    const controller = new AbortController();
    const hub = createMutationHub(document, { signal: controller.signal, now: () => Date.now() });
    const a: number[] = [];
    const b: number[] = [];
    hub.subscribe((records) => a.push(records.length), {});
    hub.subscribe((records) => b.push(records.length), {});
    document.getElementById('m')!.append(document.createElement('p'));
    await settle();
    document.getElementById('m')!.append(document.createElement('p'));
    await settle();
    expect(a).toEqual([]); // queued only
    vi.advanceTimersByTime(DELIVERY_DELAY_MS);
    expect(a).toEqual([1, 1]);
    expect(b).toEqual([1, 1]);
    controller.abort();
  });

  it('delivers records not yet seen by the observer at once on flush, with the time they came', async () => {
    const controller = new AbortController();
    const hub = createMutationHub(document, { signal: controller.signal, now: () => Date.now() });
    const seen: { types: string[]; at: number }[] = [];
    hub.subscribe((records, at) => seen.push({ types: records.map((r) => r.type), at }), {});
    const start = Date.now();
    document.body.append(document.createElement('div')); // same task: the callback has not run yet
    hub.flush();
    expect(seen).toEqual([{ types: ['childList'], at: start }]);
    controller.abort();
  });

  it('observes attributes and text only while a subscriber asks for them, and stops on abort', async () => {
    const controller = new AbortController();
    const hub = createMutationHub(document, { signal: controller.signal });
    const types: string[] = [];
    hub.subscribe((records) => types.push(...records.map((r) => r.type)), {});
    const main = document.getElementById('m')!;
    main.setAttribute('class', 'a');
    await settle();
    hub.flush();
    expect(types).toEqual([]);
    const own = new AbortController();
    const olds: (string | null)[] = [];
    hub.subscribe(
      (records) => olds.push(...records.filter((r) => r.type === 'attributes').map((r) => r.oldValue)),
      { attributes: true },
      own.signal,
    );
    main.setAttribute('class', 'b');
    await settle();
    hub.flush();
    expect(types).toEqual(['attributes']);
    expect(olds).toEqual(['a']);
    own.abort();
    main.setAttribute('class', 'c');
    await settle();
    hub.flush();
    expect(types).toEqual(['attributes']);
    controller.abort();
    main.append(document.createElement('p'));
    await settle();
    vi.advanceTimersByTime(DELIVERY_DELAY_MS);
    expect(types).toEqual(['attributes']);
  });
});
