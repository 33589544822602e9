// Builders for form definitions. A form is { key, name, tabs: [{ id, label, sections }] };
// a section is { id, title, hint?, copiedForward?, fields } or a repeating block
// ({ repeat: { key, itemLabel, count, max, fields } } with '{n}' in ids) or an editable
// table ({ grid: { caption, rowLabel, rows, columns } }). Field values may be functions of
// { person, step } so pre-filled text follows the child being viewed.
import { fullName } from '../people.mjs';
import { ukDate } from '../../render/html.mjs';

function field(type) {
  return (id, label, opts = {}) => ({ id, name: id.replace(/-/g, '_'), label, type, ...opts });
}

export const text = field('text');
export const textarea = field('textarea');
export const date = field('date');
export const time = field('time');
export const number = field('number');
export const email = field('email');
export const tel = field('tel');
export const checkbox = field('checkbox');
export const select = (id, label, options, opts) => field('select')(id, label, { options, ...opts });
export const radios = (id, label, options, opts) => field('radios')(id, label, { options, ...opts });
export const checkboxes = (id, label, options, opts) => field('checkboxes')(id, label, { options, ...opts });

export const REQUIRED = { required: true };
export const YES_NO = ['Yes', 'No'];
export const YES_NO_UNKNOWN = ['Yes', 'No', 'Not known'];

const DEMOGRAPHICS = {
  personId: ['Person ID', ({ person }) => person.id],
  name: ['Full name', ({ person }) => fullName(person)],
  dob: ['Date of birth', ({ person }) => ukDate(person.dob)],
  gender: ['Gender', ({ person }) => person.gender],
  ethnicity: ['Ethnicity', ({ person }) => person.ethnicity],
  language: ['First language', ({ person }) => person.language],
  nhs: ['NHS number', ({ person }) => person.nhsNumber],
  address: ['Address', ({ person }) => person.address],
  school: ['School or setting', ({ person }) => person.school],
  gp: ['GP', ({ person }) => person.gp],
};

/** A read-only "copied forward" section of demographic fields, as LCS forms have. */
export function copiedForward(prefix, keys) {
  return {
    id: `${prefix}-demographics`,
    title: "Child's details (copied forward)",
    hint: 'Copied from the person record when this step was started. Update the person record to change them.',
    copiedForward: true,
    fields: keys.map((key) => {
      const [label, value] = DEMOGRAPHICS[key];
      return text(`${prefix}-cf-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, label, {
        value,
        readonly: true,
      });
    }),
  };
}
