// @vitest-environment jsdom
// Only events a person made count: a page script dispatching clicks, keys, pastes, focus changes and
// page-hide events of its own moves no counter.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blur, click, focus, key, pagehide, pageTotals, setup, teardown, totals, typeInto } from './support';

const FORM = `
<form id="f">
  <label for="reason">Reason</label><input id="reason" name="reason">
  <button type="button" id="print">Print</button>
</form>`;

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  teardown();
  vi.useRealTimers();
});

/** Every kind of event friction capture listens to, dispatched the way a page script can. */
function forgeEverything($: (selector: string) => Element): void {
  const reason = $('#reason');
  const print = $('#print');
  for (let round = 0; round < 10; round++) {
    focus(reason);
    typeInto(reason, 'ab');
    key(reason, 'Backspace');
    reason.dispatchEvent(new Event('paste', { bubbles: true }));
    reason.dispatchEvent(new Event('invalid'));
    blur(reason);
    for (let i = 0; i < 5; i++) click(print, 40, 40);
    vi.advanceTimersByTime(3000);
  }
  $('#f').dispatchEvent(new Event('submit', { bubbles: true }));
  pagehide();
}

describe('untrusted events', () => {
  it('move no counter with the default rule (event.isTrusted)', async () => {
    const { capture, batches, $ } = setup(FORM, { isTrusted: (event) => event.isTrusted });
    forgeEverything($);
    await capture.flush();
    expect([...totals(batches).values()]).toEqual([]);
    expect(pageTotals(batches)).toEqual({
      errorSummaries: 0,
      timeoutWarnings: 0,
      unsavedExits: 0,
      submits: 0,
    });
  });

  it('are what the rule decides: the same events, taken as a person’s, do count', async () => {
    const { capture, batches, $ } = setup(FORM, { isTrusted: () => true });
    forgeEverything($);
    await capture.flush();
    const reason = totals(batches).get('f/reason');
    expect(reason?.returns).toBe(9);
    expect(reason?.corrections).toBe(10);
    expect(reason?.pastes).toBe(10);
    expect(totals(batches).get('f/print')?.rageClicks).toBeGreaterThan(0);
  });
});
