// @vitest-environment jsdom
// Page signals: error summaries and timeout warnings appearing, and submits.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { key, pageTotals, settle, setup, teardown } from './support';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  teardown();
  vi.useRealTimers();
});

function add(html: string, parent: Element = document.body): void {
  parent.insertAdjacentHTML('beforeend', html);
}

describe('error summaries', () => {
  it('counts each appearance of a summary linking to fields, once per appearance', async () => {
    const { capture, batches } = setup('<main><div role="alert" id="live"></div></main>');
    add('<div class="error-summary"><a href="#dob">Enter a date</a></div>'); // no person acted: not counted
    await settle();
    vi.advanceTimersByTime(1); // handled after the person's key below, but it appeared before it
    key(document.body, 'Enter'); // a person submits
    add('<div class="error-summary"><h2>There is a problem</h2><a href="#dob">Enter a date</a></div>'); // 1
    await settle();
    add(
      '<div class="govuk-error-summary"><div role="alert"><ul><li><a href="#a">A</a></li><li><a href="#b">B</a></li></ul></div></div>',
    ); // 2
    await settle();
    add('<div role="alert">Saved</div>'); // no link to a field: a status, not an error summary
    add('<div class="error-summary"><a href="/help">Help</a><a href="#">Top</a></div>'); // no field link
    await settle();
    add('<ul><li><a href="#name">Enter a name</a></li></ul>', document.getElementById('live')!); // 3
    await settle();
    await capture.flush();
    expect(pageTotals(batches).errorSummaries).toBe(3);
  });

  it('counts a summary already on the page when capture starts (a server-rendered error page)', async () => {
    const { capture, batches } = setup('<div class="govuk-error-summary"><a href="#x">Fix x</a></div>');
    await capture.flush();
    expect(pageTotals(batches).errorSummaries).toBe(1);
  });
});

describe('timeout warnings', () => {
  it('counts dialogs about the session appearing or opening, and reads their text only to test it', async () => {
    const { capture, batches } = setup(
      '<dialog id="modal"><p>Your session will time out in 2 minutes.</p></dialog>' +
        '<div role="dialog" id="hidden-one" hidden><p>You have been signed out</p></div>',
    );
    add('<dialog open><p>Your session is about to expire</p></dialog>'); // 1
    await settle();
    document.getElementById('modal')!.setAttribute('open', ''); // 2
    await settle();
    document.getElementById('modal')!.setAttribute('open', ''); // still open: nothing
    await settle();
    document.getElementById('hidden-one')!.removeAttribute('hidden'); // 3
    await settle();
    add('<div role="alertdialog"><p>You will be logged out soon</p></div>'); // 4
    add('<div role="dialog"><p>Add a new family member</p></div>'); // not about time-outs
    add('<div role="dialog" aria-hidden="true"><p>Session expired</p></div>'); // hidden
    await settle();
    document.getElementById('modal')!.removeAttribute('open');
    await settle();
    document.getElementById('modal')!.setAttribute('open', ''); // 5: opened again
    await settle();
    await capture.flush();
    expect(pageTotals(batches).timeoutWarnings).toBe(5);
    expect(JSON.stringify(batches)).not.toMatch(/minutes|signed out|logged out/);
  });
});

describe('submits', () => {
  it('counts submit events', async () => {
    const { capture, batches, $ } = setup('<form id="f"><input name="a"></form>');
    $('#f').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    $('#f').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await capture.flush();
    expect(pageTotals(batches)).toEqual({
      errorSummaries: 0,
      timeoutWarnings: 0,
      unsavedExits: 0,
      submits: 2,
    });
  });
});
