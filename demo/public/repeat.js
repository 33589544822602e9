// Repeating form sections (e.g. "Household members", CP plan "Outcome" blocks): the
// "Add ..." button clones the last block with the next index and empty values.
const RENUMBERED = ['id', 'for', 'name', 'aria-describedby', 'data-describedby', 'data-field-id'];

function addItem(button) {
  const section = button.closest('[data-repeat]');
  const items = section?.querySelector('.repeat-items');
  const last = items?.lastElementChild;
  if (!last) return;
  const n = Number(last.dataset.index);
  const max = Number(button.dataset.max || 10);
  if (n >= max) return;
  const next = n + 1;
  const clone = last.cloneNode(true);
  clone.dataset.index = String(next);
  for (const el of [clone, ...clone.querySelectorAll('*')]) {
    for (const attr of RENUMBERED) {
      const value = el.getAttribute(attr);
      if (value)
        el.setAttribute(attr, value.replaceAll(`-${n}-`, `-${next}-`).replaceAll(`_${n}_`, `_${next}_`));
    }
  }
  for (const message of clone.querySelectorAll('.error-message')) message.remove();
  for (const el of clone.querySelectorAll('.field-error')) el.classList.remove('field-error');
  for (const control of clone.querySelectorAll('input, select, textarea')) {
    control.removeAttribute('aria-invalid');
    const base = control.getAttribute('data-describedby');
    if (base) control.setAttribute('aria-describedby', base);
    else control.removeAttribute('aria-describedby');
    if (control instanceof HTMLSelectElement) control.selectedIndex = 0;
    else if (control.type === 'checkbox' || control.type === 'radio') control.checked = false;
    else control.value = '';
  }
  const legend = clone.querySelector('legend');
  if (legend) legend.textContent = legend.textContent.replace(/\d+$/, String(next));
  items.append(clone);
  if (next >= max) button.disabled = true;
  clone.querySelector('input, select, textarea')?.focus();
}

export function initRepeats() {
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-add-repeat]') : null;
    if (button) addItem(button);
  });
}
