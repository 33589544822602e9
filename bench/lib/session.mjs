// The synthetic typing session, run in the page by page.evaluate: visits the longest form's fields in
// turn and, per visit, dispatches focusin, a click at the field's centre, three letter keydown+input
// pairs, a Backspace keydown+input and focusout (11 events), synchronously, timed with
// performance.now(). `runSession` is serialised into the page: it must not use this module's scope.

export const EVENTS_PER_VISIT = 11;

/** @param {{ events: number }} options */
export function runSession({ events }) {
  const SKIP = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'file']);
  const form = document.querySelector('#workflow-form') ?? document.body;
  const fields = [...form.querySelectorAll('input, select, textarea')].filter((el) => !SKIP.has(el.type));
  const centres = fields.map((el) => {
    const r = el.getBoundingClientRect();
    return [r.left + r.width / 2, r.top + r.height / 2];
  });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let count = 0;
  let visit = 0;
  const started = performance.now();
  while (count < events) {
    const el = fields[visit % fields.length];
    const [clientX, clientY] = centres[visit % fields.length];
    el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, clientX, clientY }));
    for (let k = 0; k < 3; k++) {
      const key = letters[(visit + k) % 26];
      el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: key }));
    }
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true, cancelable: true }));
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
    el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    count += 11;
    visit++;
  }
  return { ms: performance.now() - started, events: count, fields: fields.length };
}
