// Workflow form screens rendered from the form definitions in data/forms: identity bar,
// step meta, workflow map, tabs (role=tablist/tab/tabpanel), sections, repeating blocks,
// editable tables, and Save / Save and close buttons. Validation runs in public/validation.js.
import { WORKFLOW, forms } from '../data/forms/index.mjs';
import { attrs, markup, ukDate } from './html.mjs';
import { formUrl, identityBar } from './layout.mjs';

const lcFirst = (s) => (/^[A-Z][A-Z]/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

function defaultError(field) {
  const label = field.label.replace(/\?$/, '');
  if (field.type === 'checkbox') return `Tick "${field.label}"`;
  if (field.type === 'select' || field.type === 'radios') return `Select ${lcFirst(label)}`;
  return `Enter ${lcFirst(label)}`;
}

function resolve(value, ctx, n) {
  return typeof value === 'function' ? value(ctx, n) : (value ?? '');
}

const requiredMarker = markup` <span class="required-marker">(required)</span>`;

function renderChoices(field, { id, name, value, hintId, label, hint }) {
  const type = field.type === 'radios' ? 'radio' : 'checkbox';
  const values = Array.isArray(value) ? value : [value];
  const options = field.options.map((o, i) => {
    const optionAttrs = attrs({
      type,
      id: `${id}-${i + 1}`,
      name,
      value: o,
      checked: values.includes(o),
      required: type === 'radio' && !!field.required,
      'data-describedby': hintId,
    });
    return markup`<div class="option"><input${optionAttrs}><label for="${id}-${i + 1}">${o}</label></div>`;
  });
  return markup`<fieldset class="choice-group"${attrs({ 'aria-describedby': hintId })}><legend>${label}</legend>${hint}<div class="options">${options}</div></fieldset>`;
}

/** Render one field inside <div class="field">. n is the repeat index for '{n}' templates. */
export function renderField(field, ctx, n) {
  const id = n ? field.id.replaceAll('{n}', n) : field.id;
  const name = n ? field.name.replaceAll('{n}', n) : field.name;
  const value = resolve(field.value, ctx, n);
  const hintId = field.hint ? `${id}-hint` : undefined;
  const hint = field.hint ? markup`<p class="hint" id="${hintId}">${field.hint}</p>` : '';
  const label = markup`${field.label}${field.required ? requiredMarker : ''}`;
  const fieldAttrs = attrs({ 'data-error': field.required ? field.error || defaultError(field) : undefined });
  const wrap = (inner, extraClass = '') =>
    markup`<div class="field field-${field.type}${extraClass}" data-field-id="${id}"${fieldAttrs}>${inner}</div>\n`;
  const common = {
    id,
    name,
    required: !!field.required,
    readonly: !!field.readonly,
    'aria-describedby': hintId,
    'data-describedby': hintId,
  };

  switch (field.type) {
    case 'textarea':
      return wrap(
        markup`<label for="${id}">${label}</label>${hint}<textarea${attrs({ ...common, rows: field.rows || 3 })}>${value}</textarea>`,
      );
    case 'select': {
      const options = field.options.map(
        (o) => markup`<option${attrs({ value: o, selected: value === o })}>${o}</option>`,
      );
      return wrap(
        markup`<label for="${id}">${label}</label>${hint}<select${attrs({ ...common, readonly: undefined })}>
<option value="">Select</option>${options}</select>`,
      );
    }
    case 'radios':
    case 'checkboxes':
      return wrap(renderChoices(field, { id, name, value, hintId, label, hint }));
    case 'checkbox':
      return wrap(
        markup`${hint}<div class="option"><input${attrs({ type: 'checkbox', value: 'yes', checked: value === true, ...common })}><label for="${id}">${label}</label></div>`,
      );
    default: {
      const inputAttrs = attrs({
        type: field.type,
        value: value || undefined,
        ...common,
        class: field.readonly ? 'readonly' : undefined,
      });
      return wrap(
        markup`<label for="${id}">${label}</label>${hint}<input${inputAttrs}>`,
        field.readonly ? ' field-readonly' : '',
      );
    }
  }
}

function renderRepeat(section, ctx) {
  const { key, itemLabel, count, max, fields } = section.repeat;
  const items = Array.from({ length: count }, (_, i) => i + 1).map(
    (n) =>
      markup`<fieldset class="repeat-item" data-index="${n}"><legend>${itemLabel} ${n}</legend>${fields.map((f) => renderField(f, ctx, n))}</fieldset>\n`,
  );
  return markup`<div class="repeat-items">${items}</div>
<button type="button" class="button button-secondary" data-add-repeat="${key}" data-max="${max}">Add ${lcFirst(itemLabel)}</button>`;
}

function renderGrid(section, ctx) {
  const { caption, rowLabel, rows, columns, values } = section.grid;
  const cell = (col, n) => {
    const id = `${section.id}-${n}-${col.key}`;
    const name = id.replace(/-/g, '_');
    const value = values(ctx, n, columns.indexOf(col));
    const label = markup`<label class="visually-hidden" for="${id}">${rowLabel} ${n}: ${col.label}</label>`;
    if (col.type === 'select') {
      const options = col.options.map(
        (o) => markup`<option${attrs({ value: o, selected: value === o })}>${o}</option>`,
      );
      return markup`<td>${label}<select id="${id}" name="${name}"><option value="">Select</option>${options}</select></td>`;
    }
    return markup`<td>${label}<input type="text" id="${id}" name="${name}"${attrs({ value: value || undefined })}></td>`;
  };
  const body = Array.from({ length: rows }, (_, i) => i + 1).map(
    (n) => markup`<tr><th scope="row">${n}</th>${columns.map((c) => cell(c, n))}</tr>\n`,
  );
  const heads = columns.map((c) => markup`<th scope="col">${c.label}</th>`);
  return markup`<table class="data-table grid-table"><caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col"><span class="visually-hidden">Row</span></th>${heads}</tr></thead>
<tbody>${body}</tbody></table>`;
}

function renderSection(section, ctx) {
  let inner;
  if (section.repeat) inner = renderRepeat(section, ctx);
  else if (section.grid) inner = renderGrid(section, ctx);
  else inner = section.fields.map((f) => renderField(f, ctx));
  const cls = `form-section${section.copiedForward ? ' copied-forward' : ''}`;
  const hint = section.hint ? markup`<p class="hint">${section.hint}</p>` : '';
  return markup`<div class="${cls}" id="${section.id}"${attrs({ 'data-repeat': section.repeat?.key })}>
<h3>${section.title}</h3>${hint}
${inner}</div>\n`;
}

function renderTabs(form, ctx, selectedTab) {
  const selected = form.tabs.some((t) => t.id === selectedTab) ? selectedTab : form.tabs[0].id;
  const list = form.tabs.map((t) => {
    const on = t.id === selected;
    return markup`<button type="button" role="tab" class="tab" id="tab-${t.id}" aria-controls="panel-${t.id}" aria-selected="${on ? 'true' : 'false'}" tabindex="${on ? 0 : -1}">${t.label}</button>`;
  });
  const panels = form.tabs.map(
    (
      t,
    ) => markup`<div class="tab-panel" role="tabpanel" id="panel-${t.id}" aria-labelledby="tab-${t.id}" tabindex="0"${attrs({ hidden: t.id !== selected })}>
<h2 class="panel-heading">${t.label}</h2>
${t.sections.map((s) => renderSection(s, ctx))}</div>\n`,
  );
  return markup`<div class="tabs"><div class="tab-list" role="tablist" aria-label="Form sections">${list}</div>
${panels}</div>`;
}

function workflowMap(person, currentKey) {
  const items = WORKFLOW.map((step, i) => {
    const info = person.steps[step.key];
    const url = forms[step.key] ? formUrl(person, step.key) : null;
    const status = info ? info.status : 'Not started';
    let label;
    if (step.key === currentKey)
      label = markup`<span class="wf-label" aria-current="step">${step.label}</span>`;
    else if (url) label = markup`<a href="${url}" data-client-nav>${step.label}</a>`;
    else label = markup`<span class="wf-label">${step.label}</span>`;
    const arrow = i < WORKFLOW.length - 1 ? markup`<span class="wf-arrow" aria-hidden="true">→</span>` : '';
    const cls = step.key === currentKey ? 'wf-current' : info ? 'wf-done' : 'wf-todo';
    const when = info?.date ? `, ${ukDate(info.date)}` : '';
    return markup`<li class="wf-step ${cls}">${label} <span class="wf-status">(${status}${when})</span>${arrow}</li>`;
  });
  return markup`<nav class="workflow-map" aria-label="Workflow map"><ol>${items}</ol></nav>`;
}

/** A form step screen. Returns { screen, pageHtml }. */
export function renderFormScreen(person, formKey, { tab, saved } = {}) {
  const form = forms[formKey];
  const step = person.steps[formKey];
  const ctx = { person, step };
  const action = formUrl(person, formKey);
  // The Print button does nothing, as such buttons often do: a realistic source of dead and rage clicks.
  const pageHtml = markup`${identityBar(person)}
<main id="main">
<h1 id="screen-title" tabindex="-1">${form.name}</h1>
<p class="step-meta">Step ID: <span class="step-id" data-step-id="${step.stepId}">${step.stepId}</span> · Status: ${step.status} <button type="button" class="button button-secondary print-step">Print</button></p>
${workflowMap(person, formKey)}
<form id="workflow-form" data-form-key="${formKey}" data-person-id="${person.id}" data-step-id="${step.stepId}" method="post" action="${action}" novalidate aria-labelledby="screen-title">
<p class="form-intro">Fields marked (required) must be completed before the step can be saved.</p>
${renderTabs(form, ctx, tab)}
<div class="form-actions">
<button type="submit" class="button" name="action" value="save">Save</button>
<button type="submit" class="button button-secondary" name="action" value="save-close">Save and close</button>
</div>
<p class="save-status" id="save-status" role="status">${saved ? 'Saved. (Demo: nothing is stored.)' : ''}</p>
</form>
</main>`;
  return { screen: form.name, pageHtml };
}
