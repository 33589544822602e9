// @vitest-environment jsdom
// Per-field signals: focus, dwell, returns, corrections, pastes, validation errors, abandonment, and
// how a field is named in a batch.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  blur,
  counters,
  focus,
  key,
  pagehide,
  pageTotals,
  settle,
  setup,
  teardown,
  typeInto,
  zero,
} from './support';

const FORM = `
<form id="visit">
  <label for="seen">Child seen alone</label><input id="seen" name="seenAlone" type="text">
  <label for="notes">Notes</label><textarea id="notes" name="notes"></textarea>
  <select name="outcome"><option>Yes</option></select>
  <input type="checkbox" name="agreed">
  <input type="hidden" name="token2" value="x"><input type="submit" value="Save">
</form>`;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  teardown();
  vi.useRealTimers();
});

describe('focus, dwell and returns', () => {
  it('counts each focus and the time each visit held focus', async () => {
    const { capture, batches, $ } = setup(FORM);
    const seen = $('#seen');
    const notes = $('#notes');
    focus(seen);
    vi.advanceTimersByTime(1500);
    blur(seen);
    focus(notes);
    vi.advanceTimersByTime(200);
    blur(notes);
    focus(seen);
    vi.advanceTimersByTime(300);
    blur(seen);
    await capture.flush();
    expect(counters(batches, 'visit/seenAlone')).toEqual(zero({ focus: 2, dwellMs: 1800 }));
    expect(counters(batches, 'visit/notes')).toEqual(zero({ focus: 1, dwellMs: 200 }));
  });

  it('counts a return only when an earlier visit had input', async () => {
    const { capture, batches, $ } = setup(FORM);
    const seen = $('#seen');
    const notes = $('#notes');
    focus(notes);
    blur(notes); // no input: coming back is not a return
    focus(seen);
    typeInto(seen, 'ab');
    blur(seen);
    focus(seen); // return 1
    blur(seen);
    focus(seen); // return 2: an earlier visit had input
    blur(seen);
    focus(notes);
    blur(notes);
    await capture.flush();
    expect(counters(batches, 'visit/seenAlone')).toMatchObject({ focus: 3, returns: 2 });
    expect(counters(batches, 'visit/notes')).toMatchObject({ focus: 2, returns: 0 });
  });

  it('pauses dwell while the page is hidden and sends what it has', async () => {
    const { batches, send, $ } = setup(FORM);
    const seen = $('#seen');
    focus(seen);
    vi.advanceTimersByTime(1000);
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
    expect(counters(batches, 'visit/seenAlone')).toEqual(zero({ focus: 1, dwellMs: 1000 }));
    vi.advanceTimersByTime(60_000);
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(500);
    blur(seen);
    pagehide();
    expect(counters(batches, 'visit/seenAlone')).toEqual(zero({ focus: 1, dwellMs: 1500 }));
  });
});

describe('corrections, pastes and validation errors', () => {
  it('counts Backspace and Delete presses only, not auto-repeat or other keys', async () => {
    const { capture, batches, $ } = setup(FORM);
    const notes = $('#notes');
    typeInto(notes, 'hello');
    key(notes, 'Backspace');
    key(notes, 'Backspace');
    key(notes, 'Backspace', { repeat: true });
    key(notes, 'Delete');
    key(notes, 'Enter');
    key(notes, 'ArrowLeft');
    await capture.flush();
    expect(counters(batches, 'visit/notes')).toEqual(zero({ corrections: 3 }));
  });

  it('counts pastes without reading the clipboard', async () => {
    const { capture, batches, $ } = setup(FORM);
    const read = vi.fn(() => null);
    for (let i = 0; i < 2; i++) {
      const paste = new Event('paste', { bubbles: true });
      Object.defineProperty(paste, 'clipboardData', { get: read });
      $('#seen').dispatchEvent(paste);
    }
    await capture.flush();
    expect(counters(batches, 'visit/seenAlone')).toEqual(zero({ pastes: 2 }));
    expect(read).not.toHaveBeenCalled();
  });

  it('counts invalid events and aria-invalid turning true, once when both report one error', async () => {
    const { capture, batches, $ } = setup(FORM);
    const seen = $('#seen');
    const notes = $('#notes');
    key(document.body, 'Enter'); // a person submits: errors count for a few seconds
    seen.dispatchEvent(new Event('invalid')); // 1 (invalid does not bubble: capture phase sees it)
    vi.advanceTimersByTime(300);
    seen.setAttribute('aria-invalid', 'true'); // same error, reported twice
    await settle();
    notes.setAttribute('aria-invalid', 'true'); // 1
    await settle();
    notes.setAttribute('aria-invalid', 'true'); // already true: nothing
    await settle();
    notes.setAttribute('aria-invalid', 'false');
    await settle();
    notes.setAttribute('aria-invalid', 'true'); // 2
    await settle();
    vi.advanceTimersByTime(5000);
    seen.setAttribute('aria-invalid', 'false');
    await settle();
    seen.dispatchEvent(new Event('invalid')); // more than 3 s after the person's input: page state, not counted
    key(document.body, 'Enter');
    seen.dispatchEvent(new Event('invalid')); // 2: a new error
    vi.advanceTimersByTime(2000);
    seen.dispatchEvent(new Event('invalid')); // 3
    await capture.flush();
    expect(counters(batches, 'visit/seenAlone')).toEqual(zero({ invalid: 3 }));
    expect(counters(batches, 'visit/notes')).toEqual(zero({ invalid: 2 }));
  });
});

describe('abandonment and unsaved exits', () => {
  const FORMS = `
    <form id="a"><input name="first"><input name="second"></form>
    <form id="b"><input name="first"><input type="submit"></form>
    <form id="c"><input name="first"></form>
    <input name="loose">`;

  it('counts one unsaved exit per form with input since its last submit, and its last field', () => {
    const { batches, send, $ } = setup(FORMS);
    typeInto($('#a [name=first]'), 'x');
    focus($('#a [name=second]')); // touched last, no input
    typeInto($('#b [name=first]'), 'x');
    $('#b').dispatchEvent(new Event('submit', { bubbles: true }));
    focus($('#c [name=first]')); // focused, never changed
    typeInto($('[name=loose]'), 'x'); // no form: never "unsaved"
    pagehide();
    expect(send).toHaveBeenCalledTimes(1); // sent during pagehide, not awaited
    expect(pageTotals(batches)).toEqual({
      errorSummaries: 0,
      timeoutWarnings: 0,
      unsavedExits: 1,
      submits: 1,
    });
    expect(counters(batches, 'a/second')).toMatchObject({ focus: 1, abandoned: 1 });
    expect(counters(batches, 'a/first').abandoned).toBe(0);
    expect(counters(batches, 'b/first').abandoned).toBe(0);
    expect(counters(batches, 'c/first').abandoned).toBe(0);
    pagehide(); // already counted
    expect(pageTotals(batches).unsavedExits).toBe(1);
  });
});

describe('field identity', () => {
  it('names forms and fields by id, name, data-form-key, label or selector; skips non-fields', async () => {
    const { capture, batches, $ } = setup(`
      <form name="plan"><input id="due" type="date"></form>
      <form data-form-key="review"><label>Reason <input type="text"></label></form>
      <form><textarea class="summary"></textarea><input type="submit" value="Go"><input type="hidden"></form>
      <div contenteditable="true" id="analysis"><p>x</p></div>`);
    focus($('#due'));
    focus($('[data-form-key] input'));
    focus($('textarea.summary'));
    focus($('input[type=submit]'));
    focus($('input[type=hidden]'));
    $('#analysis p').dispatchEvent(new Event('paste', { bubbles: true }));
    await capture.flush();
    const fields = batches.flatMap((batch) => batch.fields);
    expect(fields.map((row) => [row.form, row.field, row.tag, row.inputType, row.label])).toEqual([
      ['plan', 'due', 'input', 'date', undefined],
      ['review', 'Reason', 'input', 'text', 'Reason'],
      ['(no form)', '.summary', 'textarea', undefined, undefined], // a CSS selector from finder,
      ['(no form)', 'analysis', 'div', undefined, undefined],
    ]);
    expect(fields.every((row) => typeof row.css === 'string' && row.css.length > 0)).toBe(true);
    expect(fields[0]).toMatchObject({ id: 'due', css: '#due' });
  });
});

describe('cost in the page', () => {
  it('reads no layout while handling events', async () => {
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const style = vi.spyOn(window, 'getComputedStyle');
    const { capture, $ } = setup(FORM);
    const seen = $('#seen');
    focus(seen);
    typeInto(seen, 'abc');
    key(seen, 'Backspace');
    seen.dispatchEvent(new Event('paste', { bubbles: true }));
    seen.dispatchEvent(new Event('invalid'));
    blur(seen);
    $('#visit').dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 5, clientY: 5 }));
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(5000);
    await capture.flush();
    expect(rect).not.toHaveBeenCalled();
    expect(style).not.toHaveBeenCalled();
  });

  it('asks the adapter about a field once while the page does not change, again after it changes', async () => {
    const isSensitive = vi.fn((element: Element) => element.closest('.private') !== null);
    const { capture, batches, $ } = setup(FORM, { isSensitive });
    const seen = $('#seen');
    for (let visit = 0; visit < 3; visit++) {
      focus(seen);
      typeInto(seen, 'abc');
      key(seen, 'Backspace');
      blur(seen);
    }
    expect(isSensitive.mock.calls.filter(([element]) => element === seen)).toHaveLength(1);
    $('#visit').classList.add('private'); // the page moves the form into a region the adapter protects
    await settle();
    focus(seen);
    expect(isSensitive.mock.calls.filter(([element]) => element === seen)).toHaveLength(2);
    typeInto(seen, 'abc');
    blur(seen);
    await capture.flush();
    expect(batches.flatMap((batch) => batch.fields)).toEqual([]);
  });
});
