// @vitest-environment jsdom
// Radio and checkbox groups are one field: one focus while focus moves between their options, one
// validation error however many options report it, and named by the question, not by an option.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blur, counters, focus, key, settle, setup, teardown, totals, zero } from './support';

const RADIOS = `
<form id="visit">
  <fieldset><legend>Was the child seen alone? <span>(required)</span></legend>
    <input type="radio" id="alone-1" name="alone" value="Yes" required><label for="alone-1">Yes</label>
    <input type="radio" id="alone-2" name="alone" value="No" required><label for="alone-2">No</label>
    <input type="radio" id="alone-3" name="alone" value="Not known" required><label for="alone-3">Not known</label>
  </fieldset>
  <label for="notes">Notes</label><textarea id="notes" name="notes"></textarea>
</form>`;

/** Focus moving from `from` to `to`, as a browser reports it (focusout, then focusin). */
function moveFocus(from: Element, to: Element): void {
  from.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: to }));
  to.dispatchEvent(new FocusEvent('focusin', { bubbles: true, relatedTarget: from }));
}

const rowsOf = (batches: Parameters<typeof totals>[0]) => [...totals(batches).values()];

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  teardown();
  vi.useRealTimers();
});

describe('a radio group', () => {
  it('is one field: moving between its options is neither a new focus nor a return', async () => {
    const { capture, batches, $ } = setup(RADIOS);
    const [yes, no, unknown] = [$('#alone-1'), $('#alone-2'), $('#alone-3')] as const;
    focus(yes);
    vi.advanceTimersByTime(100);
    moveFocus(yes, no);
    no.dispatchEvent(new Event('input', { bubbles: true })); // arrow keys check the next option
    vi.advanceTimersByTime(100);
    moveFocus(no, unknown);
    vi.advanceTimersByTime(100);
    moveFocus(unknown, $('#notes'));
    blur($('#notes'));
    focus(no); // back to the question after answering it: a return
    blur(no);
    await capture.flush();
    expect(counters(batches, 'visit/alone')).toEqual(zero({ focus: 2, returns: 1, dwellMs: 300 }));
    expect(rowsOf(batches).filter((row) => row.form === 'visit' && row.field !== 'notes')).toHaveLength(1);
  });

  it('counts one validation error when every option reports it, and is named by its question', async () => {
    const { capture, batches, $ } = setup(RADIOS);
    const options = ['#alone-1', '#alone-2', '#alone-3'].map($);
    key(document.body, 'Enter'); // a person submits
    for (const option of options) option.dispatchEvent(new Event('invalid')); // checkValidity: one per option
    for (const option of options) option.setAttribute('aria-invalid', 'true'); // the page marks each option
    await settle();
    vi.advanceTimersByTime(2000);
    key(document.body, 'Enter'); // submitted again, still unanswered: a second error
    for (const option of options) option.dispatchEvent(new Event('invalid'));
    await capture.flush();
    expect(counters(batches, 'visit/alone')).toEqual(zero({ invalid: 2 }));
    const rows = rowsOf(batches);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tag: 'input', inputType: 'radio', name: 'alone' });
    expect(rows[0]?.label).toBe('Was the child seen alone?');
  });

  it('takes its question from a table row header when it has no legend', async () => {
    const { capture, batches, $ } = setup(`
      <form id="cfa"><table><tr><th class="label" scope="row">Interpreter required?</th><td class="input">
        <label class="option"><input type="radio" name="interp" value="Yes"> Yes</label>
        <label class="option"><input type="radio" name="interp" value="No"> No</label>
      </td></tr></table></form>`);
    key(document.body, 'Enter');
    for (const option of document.querySelectorAll('[name=interp]'))
      option.dispatchEvent(new Event('invalid'));
    focus($('[name=interp]'));
    await capture.flush();
    expect(counters(batches, 'cfa/interp')).toEqual(zero({ invalid: 1, focus: 1 }));
    expect(rowsOf(batches)[0]?.label).toBe('Interpreter required?');
  });
});

describe('a checkbox group', () => {
  it('is one field when its checkboxes share a name in a fieldset, named by the legend', async () => {
    const { capture, batches, $ } = setup(`
      <form id="plan"><fieldset><legend>Needs identified</legend>
        <label><input type="checkbox" name="needs" value="health"> Health</label>
        <label><input type="checkbox" name="needs" value="education"> Education</label>
      </fieldset><input type="checkbox" name="agreed"></form>`);
    const health = $('[name=needs][value=health]');
    const education = $('[name=needs][value=education]');
    focus(health);
    moveFocus(health, education);
    blur(education);
    focus($('[name=agreed]'));
    await capture.flush();
    expect(counters(batches, 'plan/needs')).toMatchObject({ focus: 1 });
    expect(totals(batches).get('plan/needs')?.label).toBe('Needs identified');
    expect(counters(batches, 'plan/agreed')).toMatchObject({ focus: 1 }); // a lone checkbox is its own field
  });

  it('is one field inside role="group" or role="radiogroup", named by aria-label or aria-labelledby', async () => {
    const { capture, batches } = setup(`
      <form id="step">
        <div role="group" aria-label="Support offered">
          <label><input type="checkbox" name="support-food"> Food</label>
          <label><input type="checkbox" name="support-housing"> Housing</label>
        </div>
        <span id="q-risk">Risk level</span>
        <div role="radiogroup" aria-labelledby="q-risk">
          <label><input type="radio" name="risk" value="low"> Low</label>
          <label><input type="radio" name="risk" value="high"> High</label>
        </div>
      </form>`);
    key(document.body, 'Enter');
    for (const option of document.querySelectorAll('input')) option.dispatchEvent(new Event('invalid'));
    await capture.flush();
    const rows = rowsOf(batches);
    expect(rows.map((row) => [row.label, row.invalid])).toEqual([
      ['Support offered', 1],
      ['Risk level', 1],
    ]);
  });
});
