// The body of an LCS-style FormView page: the form title in div.formTitle (there is no h1), tabs, and
// every section as a two-column table whose label cell (th.label, or td.label in copied-forward and
// repeating sections) sits next to the input cell. No <label for>: a field's name comes from its row's
// header cell or, in grids, from the column header, which is what Margin's field naming must handle.
import { forms } from '../data/forms/index.mjs';
import { markup, ukDate } from './html.mjs';
import { control, fieldInstance, formContext } from './vendor-common.mjs';

const mandatory = markup`<span class="mandatory" title="Mandatory">*</span>`;

function row(f, labelTag) {
  const text = markup`${f.label}${f.required ? mandatory : ''}`;
  const label =
    labelTag === 'th'
      ? markup`<th scope="row" class="label">${text}</th>`
      : markup`<td class="label">${text}</td>`;
  const hint = f.hint ? markup`<div class="hintText">${f.hint}</div>` : '';
  const input = control(f, { class: f.readonly ? 'readOnly' : undefined });
  return markup`<tr>${label}<td class="input">${input}${hint}</td></tr>\n`;
}

function gridRows(section, ctx) {
  const { rowLabel, rows, columns, values } = section.grid;
  const heads = columns.map((c) => markup`<th scope="col">${c.label}</th>`);
  const body = Array.from({ length: rows }, (_, i) => i + 1).map((n) => {
    const cells = columns.map((col, index) => {
      const f = {
        ...col,
        name: `${section.id}-${n}-${col.key}`.replace(/-/g, '_'),
        value: values(ctx, n, index),
      };
      return markup`<td class="input">${control(f)}</td>`;
    });
    return markup`<tr><th scope="row">${n}</th>${cells}</tr>\n`;
  });
  return markup`<thead><tr><th scope="col">${rowLabel}</th>${heads}</tr></thead><tbody>${body}</tbody>`;
}

function repeatRows(section, ctx) {
  const { itemLabel, count, fields } = section.repeat;
  const items = Array.from({ length: count }, (_, i) => i + 1).map(
    (n) =>
      markup`<tr class="repeatHeader"><td colspan="2">${itemLabel} ${n}</td></tr>\n${fields.map((f) => row(fieldInstance(f, ctx, n), 'td'))}`,
  );
  return markup`<tbody>${items}</tbody>`;
}

function sectionTable(section, ctx) {
  const hint = section.hint ? markup`<div class="sectionHint">${section.hint}</div>` : '';
  let inner;
  if (section.grid) inner = gridRows(section, ctx);
  else if (section.repeat) inner = repeatRows(section, ctx);
  else {
    const labelTag = section.copiedForward ? 'td' : 'th';
    inner = markup`<tbody>${section.fields.map((f) => row(fieldInstance(f, ctx), labelTag))}</tbody>`;
  }
  const cls = section.grid ? 'formTable gridTable' : 'formTable';
  return markup`<table class="${cls}" data-section="${section.id}"><caption class="sectionHeader">${section.title}${hint}</caption>
${inner}</table>\n`;
}

function tabs(form, ctx) {
  const buttons = form.tabs.map(
    (t, i) =>
      markup`<button type="button" role="tab" class="formTab" id="lcsTab_${t.id}" aria-controls="lcsPanel_${t.id}" aria-selected="${i === 0 ? 'true' : 'false'}" tabindex="${i === 0 ? 0 : -1}">${t.label}</button>`,
  );
  const panels = form.tabs.map(
    (t, i) =>
      markup`<div class="tabPage" role="tabpanel" id="lcsPanel_${t.id}" aria-labelledby="lcsTab_${t.id}"${i === 0 ? '' : markup` hidden`}>
${t.sections.map((s) => sectionTable(s, ctx))}</div>\n`,
  );
  return markup`<div class="formTabs" role="tablist" aria-label="Form tabs">${buttons}</div>\n${panels}`;
}

// The manager's sign-off: the password box is the kind of field Margin must never read or highlight.
const authPanel = markup`<div id="authPanel" class="authPanel">
<table class="formTable"><caption class="sectionHeader">Authorisation</caption><tbody>
<tr><th scope="row" class="label">Manager decision</th><td class="input"><select name="authDecision"><option value="">Please select</option><option>Authorise</option><option>Return to worker</option></select></td></tr>
<tr><th scope="row" class="label">Manager comments</th><td class="input"><textarea name="authComments" rows="3"></textarea></td></tr>
<tr><th scope="row" class="label">Re-enter your password to authorise</th><td class="input"><input type="password" name="authPassword" autocomplete="off"></td></tr>
</tbody></table>
<button type="button" class="lcsButton">Authorise</button>
</div>`;

/** Title, step line, tabbed form and authorisation panel for one step (goes inside div#formContent). */
export function lcsFormBody(person, formKey) {
  const form = forms[formKey];
  const step = person.steps[formKey];
  const ctx = formContext(person, formKey);
  return markup`<div class="formTitle">${form.name}</div>
<div class="formMeta">Step ID: ${step.stepId} | Status: ${step.status} | Started: ${ukDate(step.date)}</div>
<form id="lcsForm" name="FormView" novalidate autocomplete="off">
${tabs(form, ctx)}
${authPanel}
<div class="formButtons"><button type="button" class="lcsButton">Save</button> <button type="button" class="lcsButton">Finish</button> <button type="button" class="lcsButton">Print</button></div>
</form>`;
}
