// @vitest-environment jsdom
// Rage clicks (bursts on one element, not on text fields, not selecting text) and dead clicks (no DOM
// change, navigation or scroll afterwards), and how clicked elements are named.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { click, counters, settle, setup, teardown } from './support';

const PAGE = `
<form id="f">
  <button type="button" id="save">Save</button>
  <input type="text" name="name"><textarea name="notes"></textarea>
  <select name="pick"><option>a</option></select>
  <input type="checkbox" name="agree"><label for="lbl">Label</label><input id="lbl" type="checkbox">
</form>
<button type="button" id="next"><span class="icon">›</span> Next</button>
<a href="#top" id="top-link">Back to top</a>
<a href="#file" download id="download">Download</a>
<p id="para">Maya Ellery was seen at home.</p>
<margin-sidebar><button type="button" id="own">Margin</button></margin-sidebar>`;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  teardown();
  vi.useRealTimers();
});

describe('rage clicks', () => {
  it('counts one per burst of 3+ close clicks on one element', async () => {
    const { capture, batches, $ } = setup(PAGE);
    const save = $('#save');
    for (let i = 0; i < 4; i++) {
      click(save, 50 + i * 10, 50); // 4 clicks in one burst: still 1
      vi.advanceTimersByTime(300);
    }
    vi.advanceTimersByTime(2000);
    for (let i = 0; i < 3; i++) {
      click(save, 50, 50); // a second burst
      vi.advanceTimersByTime(900);
    }
    await capture.flush();
    expect(counters(batches, 'f/save').rageClicks).toBe(2);
  });

  it('needs each click within the interval and radius of the previous, on the same element', async () => {
    const { capture, batches, $ } = setup(PAGE);
    const save = $('#save');
    const next = $('#next');
    for (let i = 0; i < 3; i++) {
      click(save, 50, 50);
      vi.advanceTimersByTime(1100); // too slow
    }
    for (let i = 0; i < 3; i++) click(save, 50 + i * 150, 50); // too far apart
    for (let i = 0; i < 3; i++) click(i % 2 ? next : save, 50, 50); // alternating elements
    await capture.flush();
    expect(counters(batches, 'f/save').rageClicks).toBe(0);
    expect(counters(batches, '(no form)/next').rageClicks).toBe(0);
  });

  it('ignores text fields but counts checkboxes and clicks on a button icon', async () => {
    const { capture, batches, $ } = setup(PAGE);
    for (const selector of ['[name=name]', '[name=notes]', '[name=pick]', '[name=agree]', '#next .icon']) {
      for (let i = 0; i < 3; i++) click($(selector));
    }
    await capture.flush();
    expect(counters(batches, 'f/name').rageClicks).toBe(0);
    expect(counters(batches, 'f/notes').rageClicks).toBe(0);
    expect(counters(batches, 'f/pick').rageClicks).toBe(0);
    expect(counters(batches, 'f/agree').rageClicks).toBe(1);
    expect(counters(batches, '(no form)/next').rageClicks).toBe(1);
  });

  it('does not count clicks that change the selection (double and triple click to select text)', async () => {
    const { capture, batches, $ } = setup(PAGE);
    const para = $('#para');
    const text = para.firstChild!;
    const selection = document.getSelection()!;
    selection.collapse(text, 3);
    click(para);
    selection.setBaseAndExtent(text, 0, text, 4); // a word selected
    click(para);
    selection.setBaseAndExtent(text, 0, text, 29); // the paragraph selected
    click(para);
    await capture.flush();
    expect(counters(batches, '(no form)/p').rageClicks).toBe(0);
  });
});

describe('dead clicks', () => {
  it('counts a click on a non-field element with no response within the window', async () => {
    const { capture, batches, $ } = setup(PAGE);
    click($('#next .icon'));
    vi.advanceTimersByTime(999);
    await capture.flush();
    expect(counters(batches, '(no form)/next').deadClicks).toBe(0);
    vi.advanceTimersByTime(1);
    await capture.flush();
    expect(counters(batches, '(no form)/next').deadClicks).toBe(1);
  });

  it('does not count clicks followed by a DOM change, a scroll or a navigation', async () => {
    const { capture, batches, $ } = setup(PAGE);
    const save = $('#save');
    const next = $('#next');
    save.addEventListener('click', () => save.setAttribute('aria-busy', 'true'));
    click(save);
    await settle(); // the mutation observer reports before any timer, as in a browser
    vi.advanceTimersByTime(1500);
    click(next);
    vi.advanceTimersByTime(500);
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(1000);
    click($('#top-link'));
    window.location.hash = '#top';
    vi.advanceTimersByTime(1000);
    await settle();
    await capture.flush();
    expect(counters(batches, 'f/save').deadClicks).toBe(0);
    expect(counters(batches, '(no form)/next').deadClicks).toBe(0);
    expect(counters(batches, '(no form)/top-link').deadClicks).toBe(0);
  });

  it('ignores fields, labels, the body, links opening elsewhere and modified clicks', async () => {
    const { capture, batches, $ } = setup(PAGE);
    for (const selector of ['[name=name]', '[name=agree]', 'label', '#download']) click($(selector));
    click(document.body);
    click($('#save'), 10, 10, { ctrlKey: true });
    vi.advanceTimersByTime(2000);
    await capture.flush();
    expect(batches.flatMap((batch) => batch.fields)).toEqual([]);
  });

  it('ignores clicks in Margin, and Margin changing its own elements is no response', async () => {
    const { capture, batches, $ } = setup(PAGE);
    for (let i = 0; i < 3; i++) click($('#own'));
    click($('#next'));
    $('margin-sidebar').setAttribute('data-state', 'busy');
    $('#para').append(document.createElement('margin-highlight'));
    vi.advanceTimersByTime(1000);
    await settle();
    await capture.flush();
    const fields = batches.flatMap((batch) => batch.fields);
    expect(fields.map((row) => [row.field, row.deadClicks, row.rageClicks])).toEqual([['next', 1, 0]]);
  });
});

describe('clicked element identity', () => {
  it('labels buttons and links by their own short text and never reads other elements\u2019 text', async () => {
    const { capture, batches, $ } = setup(`${PAGE}<div id="card" title="Case card">x</div>`);
    click($('#save'));
    click($('#para'));
    click($('#card'));
    vi.advanceTimersByTime(1000);
    await capture.flush();
    const rows = batches.flatMap((batch) => batch.fields);
    expect(rows.map((row) => [row.form, row.field, row.tag, row.label, row.deadClicks])).toEqual([
      ['f', 'save', 'button', 'Save', 1],
      ['(no form)', 'para', 'p', undefined, 1],
      ['(no form)', 'card', 'div', 'Case card', 1],
    ]);
    expect(JSON.stringify(batches)).not.toContain('Maya');
  });
});

describe('the click listener', () => {
  it('only notes the click: the selection, the target and its name are read after the next frame', async () => {
    const { capture, batches, $ } = setup(PAGE);
    const getSelection = vi.spyOn(document, 'getSelection');
    const closest = vi.spyOn(Element.prototype, 'closest');
    const save = $('#save');
    for (let i = 0; i < 3; i++) {
      getSelection.mockClear();
      closest.mockClear();
      click(save, 50, 50);
      // Reading the selection right after the page's own click handlers forces style and layout.
      expect(getSelection).not.toHaveBeenCalled();
      expect(closest).not.toHaveBeenCalled();
      vi.advanceTimersByTime(60); // after the next frame
      expect(getSelection).toHaveBeenCalled();
    }
    await capture.flush();
    expect(counters(batches, 'f/save').rageClicks).toBe(1);
    getSelection.mockRestore();
    closest.mockRestore();
  });

  it('still counts a click the page leaves before the next frame', async () => {
    const { batches, $ } = setup(PAGE);
    for (let i = 0; i < 3; i++) click($('#save'), 50, 50);
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(counters(batches, 'f/save').rageClicks).toBe(1);
  });
});
