// LCS-style demo screens (/lcs/web/portal/page?pageId=...): a portal page whose IDs live in the query
// string, a banner, a text-only person header ("ID: 123456"), a left workflow map as navigation chrome
// and the record inside div#formContent. Imitates the shape of such systems, with invented data only.
import { WORKFLOW, forms } from '../data/forms/index.mjs';
import { DEMO_TODAY, findPerson, fullName } from '../data/people.mjs';
import { worktray } from '../data/worktray.mjs';
import { ageOn, markup, ukDate } from './html.mjs';
import { lcsFormBody } from './lcs-form.mjs';
import { formSteps, personRef, vendorDocument } from './vendor-common.mjs';

const PRODUCT = "Children's Social Care (LCS-style demo)";

/** LCS form codes by demo form key, as carried in ?formId=. */
export const LCS_FORM_IDS = {
  contact: 'CON',
  referral: 'REF',
  assessment: 'CFA',
  strategy: 'SD',
  cpplan: 'CPP',
};

/** A portal URL: /lcs/web/portal/page?pageId=...&...&sid=... (the session token goes last). */
export function lcsUrl(params, sid) {
  const query = new URLSearchParams(sid ? { ...params, sid } : params);
  return `/lcs/web/portal/page?${query}`;
}

function formViewUrl(person, key, sid) {
  const stepId = person.steps[key].stepId;
  return lcsUrl({ pageId: 'FormView', formId: LCS_FORM_IDS[key], personId: personRef(person), stepId }, sid);
}

function personHeader(person) {
  const age = ageOn(person.dob, DEMO_TODAY);
  return markup`<div id="personHeader">
<span class="pHeaderName">${fullName(person)}</span><span class="pHeaderId">ID: ${personRef(person)}</span><span class="pHeaderDob">DOB: ${ukDate(person.dob)} (${age})</span><span class="pHeaderGender">${person.gender}</span><span class="pHeaderFlags">${person.badges.join(' | ')}</span>
</div>`;
}

function workflowMap(person, currentKey, sid) {
  const summaryUrl = lcsUrl({ pageId: 'PersonSummary', personId: personRef(person) }, sid);
  const steps = WORKFLOW.map((step) => {
    const info = person.steps[step.key];
    const state = info ? info.status : 'Not started';
    const label =
      forms[step.key] && info?.stepId && step.key !== currentKey
        ? markup`<a href="${formViewUrl(person, step.key, sid)}">${step.label}</a>`
        : markup`<span${step.key === currentKey ? markup` class="mapCurrent" aria-current="step"` : ''}>${step.label}</span>`;
    return markup`<li class="mapStep">${label}<span class="mapState">${state}</span></li>`;
  });
  return markup`<div id="workflowMap" role="navigation" aria-label="Workflow map">
<div class="mapTitle">Person</div>
<ul><li><a href="${summaryUrl}"${currentKey ? '' : markup` aria-current="page"`}>Person Summary</a></li></ul>
<div class="mapTitle">Workflow map</div>
<ol>${steps}</ol>
</div>`;
}

function page({ screen, person, currentKey, sid, content }) {
  const title = person
    ? `${screen} - ${fullName(person)} (${personRef(person)}) - ${PRODUCT}`
    : `${screen} - ${PRODUCT}`;
  const body = markup`<div id="lcsBanner">
<span class="lcsProduct">${PRODUCT}</span>
<ul class="lcsMenu"><li><a href="${lcsUrl({ pageId: 'WorkTray' }, sid)}">Work Tray</a></li></ul>
<span class="lcsUser">Logged in as: A. Worker</span>
</div>
${person ? personHeader(person) : ''}
<div id="lcsLayout">
${person ? workflowMap(person, currentKey, sid) : ''}
<div id="formContent" role="main">
${content}
</div>
</div>`;
  return vendorDocument({ title, stylesheet: 'lcs.css', bodyClass: 'lcs', body, script: 'vendor.js' });
}

const grid = (heads, rows) =>
  markup`<table class="lcsGrid"><thead><tr>${heads.map((h) => markup`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`;

/** pageId=WorkTray: the worker's tasks, linking to FormView pages. */
export function renderLcsWorkTray(sid) {
  const rows = worktray.map((item) => {
    const person = findPerson(item.personId);
    const summary = lcsUrl({ pageId: 'PersonSummary', personId: personRef(person) }, sid);
    return markup`<tr><td><a href="${formViewUrl(person, item.formKey, sid)}">${item.task}</a></td><td>${personRef(person)}</td><td><a href="${summary}">${fullName(person)}</a></td><td>${forms[item.formKey].name}</td><td>${ukDate(item.due)}</td><td>${item.status}</td></tr>`;
  });
  const content = markup`<div class="formTitle">Work Tray</div>
${grid(['Task', 'Person ID', 'Name', 'Step', 'Due', 'Status'], rows)}`;
  return page({ screen: 'Work Tray', sid, content });
}

/** pageId=PersonSummary: key details, alerts, involvements and the person's workflow steps. */
export function renderLcsPersonSummary(person, sid) {
  const details = [
    ['Name', fullName(person)],
    ['Date of birth', ukDate(person.dob)],
    ['Gender', person.gender],
    ['Ethnicity', person.ethnicity],
    ['NHS number', person.nhsNumber],
    ['Address', person.address],
    ['Legal status', person.legalStatus],
    ['Allocated worker', `${person.caseHolder}, ${person.team}`],
  ].map(([label, value]) => markup`<tr><th scope="row" class="label">${label}</th><td>${value}</td></tr>`);
  const alerts = person.alerts.map(
    (a) => markup`<tr><td>${a.type}</td><td>${a.text}</td><td>${ukDate(a.since)}</td></tr>`,
  );
  const involved = person.involvements.map(
    (i) => markup`<tr><td>${i.role}</td><td>${i.name}</td><td>${i.organisation}</td><td>${i.phone}</td></tr>`,
  );
  const steps = formSteps(person).map(
    (s) =>
      markup`<tr><td><a href="${formViewUrl(person, s.key, sid)}">${s.name}</a></td><td>${s.stepId}</td><td>${ukDate(s.date)}</td><td>${s.status}</td></tr>`,
  );
  const content = markup`<div class="formTitle">Person Summary</div>
<div class="panelTitle">Personal details</div>
<table class="formTable"><tbody>${details}</tbody></table>
<div class="panelTitle">Warnings and alerts</div>
${grid(['Type', 'Detail', 'Since'], alerts)}
<div class="panelTitle">Involvements</div>
${grid(['Role', 'Name', 'Team', 'Telephone'], involved)}
<div class="panelTitle">Episodes and workflow steps</div>
${grid(['Step', 'Step ID', 'Started', 'Status'], steps)}`;
  return page({ screen: 'Person Summary', person, sid, content });
}

/** pageId=FormView: one workflow step's form in tabs of label/input tables, with authorisation. */
export function renderLcsFormView(person, formKey, sid) {
  const content = lcsFormBody(person, formKey);
  return page({ screen: forms[formKey].name, person, currentKey: formKey, sid, content });
}
