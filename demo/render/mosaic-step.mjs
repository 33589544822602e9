// The body of a Mosaic-style step page: h2.step-title, the step's ID and status, then the form as
// collapsible pages of question groups. Short questions are named by ARIA (aria-labelledby pointing at
// span.question-text); long free-text questions only by the h3.question-heading just before their
// textarea, with no label at all, which is what Margin's "nearby heading" field naming must handle.
import { forms } from '../data/forms/index.mjs';
import { attrs, markup, ukDate } from './html.mjs';
import { control, fieldInstance, formContext } from './vendor-common.mjs';

function question(f) {
  const cls = `question${f.type === 'textarea' ? ' question-long' : ''}`;
  const mandatory = attrs({ 'data-mandatory': f.required });
  const helpId = f.hint ? `qh-${f.id}` : undefined;
  const help = f.hint ? markup`<span class="question-help" id="${helpId}">${f.hint}</span>` : '';
  if (f.type === 'textarea') {
    return markup`<div class="${cls}"${mandatory}><h3 class="question-heading">${f.label}</h3>${control(f)}${help}</div>\n`;
  }
  const role = { radios: 'radiogroup', checkboxes: 'group' }[f.type];
  const extra = { role, 'aria-labelledby': `qt-${f.id}`, 'aria-describedby': helpId };
  return markup`<div class="${cls}"${mandatory}><span class="question-text" id="qt-${f.id}">${f.label}</span>${help}${control(f, extra)}</div>\n`;
}

function grid(section, ctx) {
  const { caption, rowLabel, rows, columns, values } = section.grid;
  const colId = (col) => `gc-${section.id}-${col.key}`;
  const heads = columns.map((col) => markup`<th scope="col" id="${colId(col)}">${col.label}</th>`);
  const body = Array.from({ length: rows }, (_, i) => i + 1).map((n) => {
    const rowId = `gr-${section.id}-${n}`;
    const cells = columns.map((col, index) => {
      const f = {
        ...col,
        name: `${section.id}-${n}-${col.key}`.replace(/-/g, '_'),
        value: values(ctx, n, index),
      };
      return markup`<td>${control(f, { 'aria-labelledby': `${rowId} ${colId(col)}` })}</td>`;
    });
    return markup`<tr><th scope="row" id="${rowId}">${rowLabel} ${n}</th>${cells}</tr>\n`;
  });
  return markup`<table class="mosaic-grid"><caption>${caption}</caption>
<thead><tr><td></td>${heads}</tr></thead><tbody>${body}</tbody></table>`;
}

function group(section, ctx) {
  let inner;
  if (section.grid) inner = grid(section, ctx);
  else if (section.repeat) {
    const { itemLabel, count, fields } = section.repeat;
    inner = Array.from({ length: count }, (_, i) => i + 1).map(
      (n) =>
        markup`<fieldset class="repeat-item"><legend>${itemLabel} ${n}</legend>${fields.map((f) => question(fieldInstance(f, ctx, n)))}</fieldset>\n`,
    );
  } else inner = section.fields.map((f) => question(fieldInstance(f, ctx)));
  const hint = section.hint ? markup`<p class="group-help">${section.hint}</p>` : '';
  return markup`<fieldset class="question-group" data-group="${section.id}"><legend>${section.title}</legend>${hint}
${inner}</fieldset>\n`;
}

// Sign-off: the PIN box is the kind of field Margin must never read or highlight.
const authorise = markup`<fieldset class="question-group step-authorise"><legend>Authorise step</legend>
<div class="question"><span class="question-text" id="qt-authDecision">Decision</span><select name="authDecision" aria-labelledby="qt-authDecision"><option value="">Please select</option><option>Authorise</option><option>Send back</option></select></div>
<div class="question"><span class="question-text" id="qt-authPin">Authorisation PIN</span><input type="text" name="authPin" inputmode="numeric" autocomplete="off" aria-labelledby="qt-authPin"></div>
<button type="button" class="mosaic-button">Authorise</button>
</fieldset>`;

/** Step title, step details, the form's pages and the authorisation block (inside section.step-content). */
export function mosaicStepBody(person, formKey) {
  const form = forms[formKey];
  const step = person.steps[formKey];
  const ctx = formContext(person, formKey);
  const pages = form.tabs.map(
    (
      tab,
    ) => markup`<details class="form-page" data-page="${tab.id}" open><summary class="form-page-title">${tab.label}</summary>
${tab.sections.map((s) => group(s, ctx))}</details>\n`,
  );
  return markup`<h2 class="step-title" id="content-title">${form.name}</h2>
<dl class="step-header"><dt>Step ID</dt><dd class="step-ref">${step.stepId}</dd><dt>Status</dt><dd><span class="step-status">${step.status}</span></dd><dt>Started</dt><dd>${ukDate(step.date)}</dd><dt>Worker</dt><dd>${person.caseHolder}</dd></dl>
<form class="step-form" id="stepForm" novalidate autocomplete="off">
${pages}
${authorise}
<div class="step-actions"><button type="button" class="mosaic-button">Save</button> <button type="button" class="mosaic-button">Finish step</button></div>
</form>`;
}
