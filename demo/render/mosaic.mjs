// Mosaic-style demo screens (/mosaic/...): IDs in the path, a person identity bar carrying the person
// reference in data-person-ref with CIN/CP/CLA badges, navigation chrome in nav.mosaic-nav and the
// record in section.step-content. Imitates the shape of such systems, with invented data only.
import { WORKFLOW, forms } from '../data/forms/index.mjs';
import { DEMO_TODAY, findPerson, fullName } from '../data/people.mjs';
import { worktray } from '../data/worktray.mjs';
import { ageOn, markup, ukDate } from './html.mjs';
import { mosaicStepBody } from './mosaic-step.mjs';
import { formSteps, personRef, vendorDocument } from './vendor-common.mjs';

const PRODUCT = 'Mosaic-style case management (demo)';
const BADGE_TITLES = { CIN: 'Child in need', CP: 'Child protection', CLA: 'Child looked after' };

export const mosaicPersonUrl = (person, sub) => `/mosaic/person/${personRef(person)}/${sub}`;
const stepUrl = (person, key) => mosaicPersonUrl(person, `step/${person.steps[key].stepId}`);

function identityBar(person) {
  const badges = person.badges.map(
    (b) =>
      markup`<span class="pib-badge pib-badge-${b.toLowerCase()}" title="${BADGE_TITLES[b]}">${b}</span> `,
  );
  return markup`<div class="person-identity-bar" data-person-ref="${personRef(person)}" role="region" aria-label="Person identity">
<span class="pib-name">${fullName(person)}</span>
<span class="pib-item">Person ref: <span class="pib-ref">${personRef(person)}</span></span>
<span class="pib-item">DOB: ${ukDate(person.dob)} (${ageOn(person.dob, DEMO_TODAY)})</span>
<span class="pib-item">${person.gender}</span>
<span class="pib-badges">${badges}</span>
</div>`;
}

function nav(person, current) {
  const link = (href, label) =>
    markup`<li><a href="${href}"${href === current ? markup` aria-current="page"` : ''}>${label}</a></li>`;
  const personLinks = person
    ? markup`<h2 class="nav-heading">Person</h2><ul>
${link(mosaicPersonUrl(person, 'summary'), 'Person summary')}
${link(mosaicPersonUrl(person, 'casework'), 'Casework')}
</ul>
<h2 class="nav-heading">Steps</h2><ul>
${formSteps(person).map((s) => link(stepUrl(person, s.key), s.name))}
</ul>`
    : '';
  return markup`<nav class="mosaic-nav" aria-label="Mosaic navigation">
<h2 class="nav-heading">My work</h2><ul>${link('/mosaic/workview', 'Current work')}</ul>
${personLinks}
</nav>`;
}

function page({ screen, person, current, content }) {
  const title = person ? `${screen} - ${fullName(person)} - ${PRODUCT}` : `${screen} - ${PRODUCT}`;
  const body = markup`<header class="mosaic-header"><span class="mosaic-brand">${PRODUCT}</span><span class="mosaic-user">A. Worker (Northbury)</span></header>
${person ? identityBar(person) : ''}
<div class="mosaic-layout">
${nav(person, current)}
<main class="mosaic-main">
<section class="step-content" aria-labelledby="content-title">
${content}
</section>
</main>
</div>`;
  return vendorDocument({ title, stylesheet: 'mosaic.css', bodyClass: 'mosaic', body });
}

const table = (caption, heads, rows) =>
  markup`<table class="mosaic-table"><caption>${caption}</caption><thead><tr>${heads.map((h) => markup`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`;

/** /mosaic/workview: the worker's current work, one row per step. */
export function renderMosaicWorkview() {
  const rows = worktray.map((item) => {
    const person = findPerson(item.personId);
    return markup`<tr><td><a href="${stepUrl(person, item.formKey)}">${forms[item.formKey].name}</a></td><td>${personRef(person)}</td><td><a href="${mosaicPersonUrl(person, 'summary')}">${fullName(person)}</a></td><td>${item.task}</td><td>${ukDate(item.due)}</td><td>${item.status}</td></tr>`;
  });
  const content = markup`<h2 class="page-title" id="content-title">Current work</h2>
${table('Steps assigned to you', ['Step', 'Person ref', 'Person', 'Action', 'Due', 'Status'], rows)}`;
  return page({ screen: 'Current work', current: '/mosaic/workview', content });
}

/** /mosaic/person/:ref/summary: basic details, warnings, relationships and professionals. */
export function renderMosaicSummary(person) {
  const details = [
    ['Person reference', personRef(person)],
    ['Name', fullName(person)],
    ['Date of birth', ukDate(person.dob)],
    ['Gender', person.gender],
    ['Ethnicity', person.ethnicity],
    ['First language', person.language],
    ['NHS number', person.nhsNumber],
    ['Address', person.address],
    ['Legal status', person.legalStatus],
  ].map(([k, v]) => markup`<dt>${k}</dt><dd>${v}</dd>`);
  const warnings = person.alerts.map(
    (a) => markup`<li><strong>${a.type}</strong>: ${a.text} (since ${ukDate(a.since)})</li>`,
  );
  const household = person.household.map(
    (m) => markup`<tr><td>${m.name}</td><td>${m.relationship}</td><td>${ukDate(m.dob)}</td></tr>`,
  );
  const professionals = person.involvements.map(
    (i) => markup`<tr><td>${i.role}</td><td>${i.name}</td><td>${i.organisation}</td><td>${i.phone}</td></tr>`,
  );
  const content = markup`<h2 class="page-title" id="content-title">Person summary</h2>
<h3 class="block-title">Basic details</h3><dl class="mosaic-details">${details}</dl>
<h3 class="block-title">Warnings</h3><ul class="mosaic-warnings">${warnings}</ul>
${table('Personal relationships', ['Name', 'Relationship', 'Date of birth'], household)}
${table('Professional relationships', ['Role', 'Name', 'Organisation', 'Telephone'], professionals)}`;
  const current = mosaicPersonUrl(person, 'summary');
  return page({ screen: 'Person summary', person, current, content });
}

/** /mosaic/person/:ref/casework: the chain of steps, each with its ID and status. */
export function renderMosaicCasework(person) {
  const rows = WORKFLOW.filter((s) => person.steps[s.key]).map((s) => {
    const step = person.steps[s.key];
    const name = forms[s.key]
      ? markup`<a href="${stepUrl(person, s.key)}">${forms[s.key].name}</a>`
      : s.label;
    return markup`<tr><td>${name}</td><td>${step.stepId ?? ''}</td><td>${step.status}</td><td>${ukDate(step.date)}</td><td>${person.caseHolder}</td></tr>`;
  });
  const content = markup`<h2 class="page-title" id="content-title">Casework</h2>
${table('Steps, oldest first', ['Step', 'Step ID', 'Status', 'Started', 'Worker'], rows)}`;
  return page({ screen: 'Casework', person, current: mosaicPersonUrl(person, 'casework'), content });
}

/** /mosaic/person/:ref/step/:stepId: one step's form, questions labelled by ARIA or by a heading. */
export function renderMosaicStep(person, formKey) {
  const content = mosaicStepBody(person, formKey);
  return page({ screen: forms[formKey].name, person, current: stepUrl(person, formKey), content });
}
