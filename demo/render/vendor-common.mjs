// Shared by the two "vendor-style" screen sets (LCS-style under /lcs/, Mosaic-style under /mosaic/).
// They exist so Margin's site adapters have something unlike the Northbury demo to read: each set is a
// bare full document (no Northbury shell, no client-side navigation) that renders the same fictional
// people and form data in its own DOM. Numeric person references ("123456") map to demo IDs ("P123456").
import { forms } from '../data/forms/index.mjs';
import { findPerson } from '../data/people.mjs';
import { attrs, markup } from './html.mjs';

/** "P123456" -> "123456": the vendor screens show person references without the demo's prefix. */
export const personRef = (person) => person.id.replace(/^P/, '');

/** "123456" -> the demo person P123456, or undefined for anything that is not all digits. */
export const personByRef = (ref) => (/^\d+$/.test(ref ?? '') ? findPerson(`P${ref}`) : undefined);

/** The form key of the person's step with this step ID, if that step has a form. */
export function formKeyForStep(person, stepId) {
  return Object.keys(forms).find((key) => stepId && person.steps[key]?.stepId === stepId);
}

/** The person's steps that have a form, in workflow order: [{ key, name, stepId, status, date }]. */
export function formSteps(person) {
  return Object.values(forms)
    .filter((form) => person.steps[form.key]?.stepId)
    .map((form) => ({ key: form.key, name: form.name, ...person.steps[form.key] }));
}

/** The { person, step } context for pre-filled values, with the person ID shown without its prefix. */
export function formContext(person, formKey) {
  return { person: { ...person, id: personRef(person) }, step: person.steps[formKey] };
}

/** One field of a form definition with '{n}' filled in and its pre-filled value resolved. */
export function fieldInstance(field, ctx, n) {
  const fill = (text) => (n ? text.replaceAll('{n}', n) : text);
  const value = typeof field.value === 'function' ? field.value(ctx, n) : (field.value ?? '');
  return { ...field, id: fill(field.id), name: fill(field.name), value };
}

/**
 * The bare control for a field instance, without any label: each vendor names it its own way.
 * `extra` adds attributes (aria-labelledby, class, ...) to the control or, for option groups, the group.
 */
export function control(f, extra = {}) {
  const common = { name: f.name, required: !!f.required, readonly: !!f.readonly, ...extra };
  if (f.type === 'textarea')
    return markup`<textarea${attrs({ ...common, rows: f.rows || 3 })}>${f.value}</textarea>`;
  if (f.type === 'select') {
    const options = f.options.map(
      (o) => markup`<option${attrs({ value: o, selected: f.value === o })}>${o}</option>`,
    );
    return markup`<select${attrs({ ...common, readonly: undefined })}><option value="">Please select</option>${options}</select>`;
  }
  if (f.type === 'radios' || f.type === 'checkboxes') {
    const type = f.type === 'radios' ? 'radio' : 'checkbox';
    const values = Array.isArray(f.value) ? f.value : [f.value];
    const options = f.options.map(
      (o) =>
        markup`<label class="option"><input${attrs({ type, name: f.name, value: o, checked: values.includes(o) })}> ${o}</label> `,
    );
    return markup`<span${attrs({ ...extra, class: `options ${extra.class ?? ''}`.trim() })}>${options}</span>`;
  }
  if (f.type === 'checkbox')
    return markup`<input${attrs({ type: 'checkbox', value: 'yes', checked: f.value === true, ...common })}>`;
  return markup`<input${attrs({ type: f.type, value: f.value || undefined, ...common })}>`;
}

/**
 * A complete HTML document for a vendor-style screen. Scripts and styles come from /static (the
 * server's CSP allows only same-origin scripts).
 * @param {{ title: string, stylesheet: string, bodyClass: string, body: object, script?: string }} opts
 */
export function vendorDocument({ title, stylesheet, bodyClass, body, script }) {
  return `<!doctype html>
${markup`<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/${stylesheet}">
${script ? markup`<script type="module" src="/static/${script}"></script>` : ''}
</head>
<body class="${bodyClass}">
${body}
<p class="vendor-disclaimer">Fictional demonstration screens imitating the layout of a commercial case-recording system. Every person and record is invented. <a href="/worktray">Back to the Northbury demo</a></p>
</body>
</html>`}
`;
}
