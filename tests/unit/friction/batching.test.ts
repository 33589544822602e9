// @vitest-environment jsdom
// Batching: periodic and exit flushes, resending a batch the background did not store (same id, before
// newer data), the cap on unsent batches, and stop() leaving nothing behind.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FrictionBatchSchema } from '@/lib/model/friction';
import type { FrictionBatch } from '@/lib/friction/types';
import { blur, click, counters, focus, pagehide, settle, setup, teardown } from './support';

const PAGE = '<form id="f"><input name="a"><input name="b"></form><button id="go">Go</button>';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  teardown();
  vi.useRealTimers();
});

describe('flushing', () => {
  it('sends every flushIntervalMs only when something changed', async () => {
    const { send, batches, $ } = setup(PAGE);
    const start = Date.now();
    await vi.advanceTimersByTimeAsync(5000);
    expect(send).not.toHaveBeenCalled();
    focus($('[name=a]'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(batches[0]).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      at: new Date(start + 10_000).toISOString(),
      page: { errorSummaries: 0, timeoutWarnings: 0, unsavedExits: 0, submits: 0 },
    });
    expect(batches[0]!.fields.map((row) => row.field)).toEqual(['a']); // only rows with a non-zero counter
  });

  it('sends on pagehide synchronously, without waiting for the reply', () => {
    const { send, $ } = setup(PAGE);
    send.mockImplementation(() => new Promise(() => {})); // never answers
    focus($('[name=b]'));
    pagehide();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0].fields[0]).toMatchObject({ field: 'b', focus: 1 });
  });

  it('calls send synchronously from flush when nothing else is being sent', async () => {
    const { capture, send, $ } = setup(PAGE);
    focus($('[name=a]'));
    const flushed = capture.flush();
    expect(send).toHaveBeenCalledTimes(1); // the caller may switch the screen right after flush()
    await flushed;
  });

  it('keeps every batch within the background schema, even with overlong page identifiers', async () => {
    const long = 'x'.repeat(400);
    const { capture, batches, $ } = setup(
      `<form id="${long}"><input name="${long}" id="${long}"><textarea data-k="${long}"></textarea></form>`,
    );
    focus($('input'));
    focus($('textarea'));
    vi.advanceTimersByTime(100_000_000);
    await capture.flush();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.fields).toHaveLength(2);
    for (const batch of batches) expect(FrictionBatchSchema.safeParse(batch).error).toBeUndefined();
  });
});

describe('resending', () => {
  it('keeps a batch not stored and resends it with the same id before newer data', async () => {
    const { capture, send, $ } = setup(PAGE);
    const seen: FrictionBatch[] = [];
    const replies = [false, true, true];
    send.mockImplementation(async (batch) => {
      seen.push(structuredClone(batch));
      return replies.shift() ?? true;
    });
    focus($('[name=a]'));
    await capture.flush(); // not stored
    focus($('[name=b]'));
    await capture.flush(); // resend first, then the new batch
    expect(seen.map((batch) => batch.id)).toEqual([seen[0]!.id, seen[0]!.id, seen[2]!.id]);
    expect(seen[2]!.id).not.toBe(seen[0]!.id);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[0]!.fields.map((row) => row.field)).toEqual(['a']);
    expect(seen[2]!.fields.map((row) => row.field)).toEqual(['b']);
    await capture.flush();
    expect(seen).toHaveLength(3); // nothing left to send
  });

  it('treats a rejected send like an unstored one, and retries on the timer', async () => {
    const { send, batches, $ } = setup(PAGE);
    send.mockRejectedValueOnce(new Error('background asleep'));
    focus($('[name=a]'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![0].id).toBe(send.mock.calls[0]![0].id);
    expect(counters(batches, 'f/a').focus).toBe(1); // stored once
  });

  it('keeps at most 50 unsent batches, dropping the oldest with a warning', async () => {
    const { capture, send, $ } = setup(PAGE);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    send.mockResolvedValue(false);
    for (let i = 0; i < 55; i++) {
      focus($('[name=a]'));
      blur($('[name=a]'));
      await capture.flush();
    }
    // Only the oldest is tried while the background fails; the 51st to 55th batches pushed out the 1st to 5th.
    const tried = [...new Set(send.mock.calls.map(([batch]) => batch.id))];
    expect(tried).toHaveLength(6);
    expect(warn).toHaveBeenCalledTimes(5);
    send.mockClear();
    send.mockResolvedValue(true);
    await capture.flush();
    const sent = send.mock.calls.map(([batch]) => batch.id);
    expect(new Set(sent).size).toBe(50);
    expect(sent[0]).toBe(tried[5]);
    expect(sent.filter((id) => tried.slice(0, 5).includes(id))).toEqual([]);
  });
});

describe('stop', () => {
  it('flushes pending counts once, then removes every listener, observer and timer', async () => {
    const { capture, send, batches, $ } = setup(PAGE);
    focus($('[name=a]'));
    click($('#go')); // a pending dead-click timer
    capture.stop();
    expect(send).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
    capture.stop(); // idempotent
    focus($('[name=b]'));
    click($('#go'));
    $('#f').dispatchEvent(new Event('submit', { bubbles: true }));
    document.body.insertAdjacentHTML('beforeend', '<div class="error-summary"><a href="#a">Fix</a></div>');
    $('[name=a]').setAttribute('aria-invalid', 'true');
    await settle();
    pagehide();
    await vi.advanceTimersByTimeAsync(20_000);
    await capture.flush();
    expect(send).toHaveBeenCalledTimes(1);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.fields.map((row) => [row.field, row.focus, row.deadClicks])).toEqual([['a', 1, 0]]);
  });

  it('registers one capture-phase, passive listener per event type, removable through one signal', () => {
    const docSpy = vi.spyOn(document, 'addEventListener');
    const winSpy = vi.spyOn(window, 'addEventListener');
    setup(PAGE);
    const types = docSpy.mock.calls.map(([type]) => type).sort();
    expect(types).toEqual(
      [
        'click',
        'focusin',
        'focusout',
        'input',
        'invalid',
        'keydown',
        'paste',
        'scroll',
        'submit',
        'visibilitychange',
      ].sort(),
    );
    const signals = new Set<AbortSignal | undefined>();
    for (const [, , options] of docSpy.mock.calls) {
      expect(options).toMatchObject({ capture: true, passive: true });
      signals.add((options as AddEventListenerOptions).signal);
    }
    expect(winSpy.mock.calls.map(([type]) => type)).toEqual(['pagehide']);
    signals.add((winSpy.mock.calls[0]![2] as AddEventListenerOptions).signal);
    expect(signals.size).toBe(1);
    const [signal] = signals;
    expect(signal?.aborted).toBe(false);
    teardown();
    expect(signal?.aborted).toBe(true);
  });
});
