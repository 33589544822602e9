// @vitest-environment jsdom
// What capture must never do: observe sensitive fields, or let a value, typed text, pasted text or a
// value's length into a batch.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  blur,
  click,
  COUNTERS,
  focus,
  key,
  pagehide,
  pageTotals,
  settle,
  setup,
  teardown,
  typeInto,
} from './support';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  teardown();
  vi.useRealTimers();
});

/** Every signal a field can give, on `el`. */
async function exercise(el: Element): Promise<void> {
  focus(el);
  typeInto(el, 'abc');
  key(el, 'Backspace');
  el.dispatchEvent(new Event('paste', { bubbles: true }));
  el.dispatchEvent(new Event('invalid'));
  el.setAttribute('aria-invalid', 'true');
  await settle();
  for (let i = 0; i < 3; i++) click(el);
  blur(el);
}

describe('sensitive fields', () => {
  it('ignores them entirely: no counters, no clicks, no unsaved exit', async () => {
    const { batches, $ } = setup(
      `<form id="login">
        <input type="password" name="p1">
        <input type="text" autocomplete="one-time-code" name="code1">
        <input type="text" autocomplete="cc-number" name="card">
        <input type="text" autocomplete="new-password" name="np">
        <input type="text" name="pin">
        <input type="text" id="api-token">
        <input type="text" name="security_code">
        <input type="text" name="childName" data-private>
        <input type="text" name="boom" class="throws">
        <button type="button" id="reset-password">Reset</button>
      </form>`,
      {
        isSensitive: (el) => {
          if (el.classList.contains('throws')) throw new Error('adapter bug');
          return el.hasAttribute('data-private');
        },
      },
    );
    for (const el of $('#login').querySelectorAll('input')) await exercise(el);
    click($('#reset-password'));
    vi.advanceTimersByTime(2000);
    pagehide();
    expect(batches.flatMap((batch) => batch.fields)).toEqual([]);
    expect(pageTotals(batches).unsavedExits).toBe(0);
  });

  it('stops observing a field for good once it turns sensitive ("show password" toggles)', async () => {
    const { capture, batches, $ } = setup('<form id="f"><input type="text" name="secretish" id="pw"></form>');
    const pw = $('#pw');
    pw.removeAttribute('name');
    focus(pw);
    pw.setAttribute('type', 'password');
    key(pw, 'Backspace');
    pw.setAttribute('type', 'text');
    focus(pw);
    await capture.flush();
    expect(batches.flatMap((batch) => batch.fields)).toEqual([]);
  });

  it('drops a field the adapter\u2019s rule covers after a change earlier in the same task', async () => {
    const { capture, batches, $ } = setup('<form id="f"><input type="text" name="reason" id="r"></form>', {
      isSensitive: (el) => el.hasAttribute('data-private'),
    });
    const field = $('#r');
    focus(field);
    typeInto(field, 'abc');
    field.setAttribute('data-private', '');
    key(field, 'Backspace');
    blur(field);
    focus(field);
    await capture.flush();
    expect(batches.flatMap((batch) => batch.fields)).toEqual([]);
  });

  it('never counts the dwell of a focused field that turned sensitive when the page is left', async () => {
    const { batches, $ } = setup('<form id="f"><input type="text" name="reason" id="r"></form>');
    const field = $('#r');
    focus(field);
    vi.advanceTimersByTime(500);
    field.setAttribute('type', 'password');
    key(field, 'Backspace');
    vi.advanceTimersByTime(500);
    pagehide();
    expect(batches.flatMap((batch) => batch.fields)).toEqual([]);
  });
});

describe('no values in batches', () => {
  const MARKER = 'ZQX-unique-marker-7f3a-do-not-store-9'; // 37 characters

  it('never carries typed text, pasted text, a value or its length', async () => {
    const { batches, $ } = setup(`
      <form id="f">
        <label for="a">Analysis</label><input id="a" name="analysis" value="Prefilled Maya Ellery">
        <textarea name="notes" placeholder="Type here"></textarea>
      </form>
      <div contenteditable="true" id="rich" aria-label="Case summary"></div>`);
    expect(MARKER).toHaveLength(37);
    for (const el of [$('#a'), $('[name=notes]'), $('#rich')]) {
      focus(el);
      typeInto(el, MARKER);
      key(el, 'Backspace');
      const paste = new Event('paste', { bubbles: true });
      Object.defineProperty(paste, 'clipboardData', { value: { getData: () => MARKER } });
      el.dispatchEvent(paste);
      vi.advanceTimersByTime(10);
      blur(el);
    }
    vi.advanceTimersByTime(5000); // a periodic batch
    await settle();
    focus($('#a'));
    pagehide(); // and the exit batch
    const json = JSON.stringify(batches);
    expect(batches.length).toBeGreaterThanOrEqual(2);
    expect(json).not.toContain(MARKER);
    expect(json).not.toContain('ZQX');
    expect(json).not.toContain('Maya');
    const allowed = new Set(['form', 'field', 'tag', 'inputType', 'name', 'id', 'label', 'css', ...COUNTERS]);
    for (const row of batches.flatMap((batch) => batch.fields)) {
      expect(Object.keys(row).filter((k) => !allowed.has(k))).toEqual([]);
      for (const name of COUNTERS) expect(row[name]).not.toBe(MARKER.length);
    }
    expect(JSON.stringify(batches.map((batch) => batch.page))).not.toContain('37');
  });
});
