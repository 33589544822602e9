// Save / Save and close for #workflow-form (which has novalidate). On submit: clear old
// errors, call form.checkValidity() (firing native `invalid` events), then mark each
// invalid field with aria-invalid="true" and an inline <p class="error-message"> linked by
// aria-describedby, and show a focused GOV.UK-style error summary. When valid, show a
// "Saved" status (nothing is stored); "Save and close" returns to the person summary.
import { navigate } from './nav.js';
import { revealElement } from './tabs.js';

function clearErrors(form) {
  form.querySelector('.error-summary')?.remove();
  for (const message of form.querySelectorAll('.error-message')) message.remove();
  for (const field of form.querySelectorAll('.field-error')) field.classList.remove('field-error');
  for (const control of form.querySelectorAll('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
    const base = control.getAttribute('data-describedby');
    if (base) control.setAttribute('aria-describedby', base);
    else control.removeAttribute('aria-describedby');
  }
}

function messageFor(field, control) {
  if (control.validity.valueMissing && field?.dataset.error) return field.dataset.error;
  return control.validationMessage || 'Check this answer';
}

function markInvalid(form) {
  const groups = new Map(); // .field element (or the control itself) -> invalid controls
  for (const control of form.elements) {
    if (!control.willValidate || control.validity.valid) continue;
    const field = control.closest('.field') || control;
    if (!groups.has(field)) groups.set(field, []);
    groups.get(field).push(control);
  }
  const errors = [];
  for (const [field, controls] of groups) {
    const first = controls[0];
    const key = field.dataset?.fieldId || first.id;
    const errorId = `${key}-error`;
    const text = messageFor(field.classList?.contains('field') ? field : null, first);
    const message = document.createElement('p');
    message.className = 'error-message';
    message.id = errorId;
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = 'Error: ';
    message.append(hidden, text);
    (field.querySelector?.('.options, .option') || first).before(message);
    field.classList?.add('field-error');
    for (const control of controls) {
      control.setAttribute('aria-invalid', 'true');
      const base = control.getAttribute('data-describedby');
      control.setAttribute('aria-describedby', base ? `${errorId} ${base}` : errorId);
    }
    errors.push({ target: first, text });
  }
  return errors;
}

function showSummary(form, errors) {
  const summary = document.createElement('div');
  summary.className = 'error-summary';
  summary.setAttribute('role', 'alert');
  summary.setAttribute('aria-labelledby', 'error-summary-title');
  summary.tabIndex = -1;
  const heading = document.createElement('h2');
  heading.id = 'error-summary-title';
  heading.textContent = 'There is a problem';
  const list = document.createElement('ul');
  list.className = 'error-summary-list';
  for (const { target, text } of errors) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#${target.id}`;
    link.textContent = text;
    item.append(link);
    list.append(item);
  }
  summary.append(heading, list);
  form.prepend(summary);
  summary.focus();
}

function save(form, submitter) {
  clearErrors(form);
  const status = document.getElementById('save-status');
  if (status) status.textContent = '';
  if (!form.checkValidity()) {
    showSummary(form, markInvalid(form));
    return;
  }
  const time = new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  if (status) status.textContent = `Saved at ${time}. (Demo: nothing is stored.)`;
  if (submitter?.value === 'save-close') {
    navigate(
      `/person/${encodeURIComponent(form.dataset.personId)}?saved=${encodeURIComponent(form.dataset.formKey)}`,
    );
  }
}

export function initValidation() {
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.id !== 'workflow-form') return;
    event.preventDefault();
    save(form, event.submitter);
  });
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('.error-summary a') : null;
    if (!link) return;
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) return;
    event.preventDefault();
    revealElement(target);
    target.scrollIntoView({ block: 'center' });
    target.focus();
  });
}
