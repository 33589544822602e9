// Tiny HTML templating helpers for the demo case-record system: escaping, a tagged
// template that escapes interpolated values, and UK date formatting.

/** A string that is already safe HTML and must not be escaped again. */
export class Raw {
  constructor(text) {
    this.text = String(text);
  }
  toString() {
    return this.text;
  }
}

export const raw = (text) => new Raw(text);

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value) {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

function fill(value) {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(fill).join('');
  if (value instanceof Raw) return value.text;
  return esc(value);
}

/**
 * Tagged template: markup`<p>${text}</p>` escapes text; arrays are joined; Raw passes through.
 * (Deliberately not named `html`, so Prettier does not reformat the markup inside.)
 */
export function markup(strings, ...values) {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += fill(values[i]) + strings[i + 1];
  return new Raw(out);
}

/** Render optional attributes: attrs({ required: true, id: 'x', hidden: false }). */
export function attrs(map) {
  let out = '';
  for (const [name, value] of Object.entries(map)) {
    if (value === undefined || value === null || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${esc(value)}"`;
  }
  return raw(out);
}

/** '2016-06-14' -> '14/06/2016' */
export function ukDate(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Whole years between an ISO date of birth and an ISO reference date. */
export function ageOn(dobIso, onIso) {
  const [y1, m1, d1] = dobIso.split('-').map(Number);
  const [y2, m2, d2] = onIso.split('-').map(Number);
  return y2 - y1 - (m2 < m1 || (m2 === m1 && d2 < d1) ? 1 : 0);
}
