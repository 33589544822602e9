// Person screens: summary (key details, involvements, alerts, household, recent activity),
// chronology table and case notes list. Each returns { screen, pageHtml } for the layout.
import { chronologyFor } from '../data/chronology.mjs';
import { caseNotesFor } from '../data/casenotes.mjs';
import { forms } from '../data/forms/index.mjs';
import { DEMO_TODAY, fullName } from '../data/people.mjs';
import { formUrl, identityBar } from './layout.mjs';
import { ageOn, markup, ukDate } from './html.mjs';

function screen(person, title, body) {
  return {
    screen: title,
    pageHtml: markup`${identityBar(person)}
<main id="main">
<h1 id="screen-title" tabindex="-1">${title}</h1>
${body}
</main>`,
  };
}

export function renderSummary(person, { saved } = {}) {
  const savedForm = saved && forms[saved];
  const details = [
    ['Person ID', person.id],
    ['Name', fullName(person)],
    ['Date of birth', `${ukDate(person.dob)} (${ageOn(person.dob, DEMO_TODAY)} years)`],
    ['Gender', person.gender],
    ['Ethnicity', person.ethnicity],
    ['First language', person.language],
    ['NHS number', person.nhsNumber],
    ['Address', person.address],
    ['School or setting', person.school],
    ['GP', person.gp],
    ['Legal status', person.legalStatus],
    ['Case holder', `${person.caseHolder}, ${person.team}`],
  ];
  const name = fullName(person);
  const notice = savedForm
    ? markup`<p class="notice" role="status">${savedForm.name} saved and closed. (Demo: nothing is stored.)</p>`
    : '';
  const detailItems = details.map(([k, v]) => markup`<dt>${k}</dt><dd>${v}</dd>`);
  const alerts = person.alerts.map(
    (a) =>
      markup`<li class="alert-item"><strong>${a.type}:</strong> ${a.text} <span class="muted">Since ${ukDate(a.since)}</span></li>`,
  );
  const involvements = person.involvements.map(
    (i) =>
      markup`<tr><td>${i.role}</td><td>${i.name}</td><td>${i.organisation}</td><td>${ukDate(i.start)}</td><td>${i.phone}</td></tr>`,
  );
  const household = person.household.map((m) => {
    let id = 'Not recorded';
    if (m.personId)
      id = m.personId === person.id ? m.personId : markup`<a href="/person/${m.personId}">${m.personId}</a>`;
    return markup`<tr><td>${m.name}</td><td>${m.relationship}</td><td>${ukDate(m.dob)}</td><td>${id}</td></tr>`;
  });
  const steps = Object.values(forms)
    .filter((f) => formUrl(person, f.key))
    .map((f) => {
      const step = person.steps[f.key];
      return markup`<tr><td><a href="${formUrl(person, f.key)}" data-client-nav>${f.name}</a></td><td>${step.stepId}</td><td>${ukDate(step.date)}</td><td>${step.status}</td></tr>`;
    });
  const recent = chronologyFor(person)
    .slice(0, 8)
    .map(
      (r) =>
        markup`<li><span class="activity-date">${ukDate(r.date)}</span> <strong>${r.type}</strong> (${r.agency}): ${r.summary}</li>`,
    );
  const body = markup`${notice}
<div class="summary-grid">
<section class="panel" aria-labelledby="key-details-heading">
<h2 id="key-details-heading">Key details</h2>
<dl class="key-details">${detailItems}</dl>
</section>
<section class="panel" aria-labelledby="alerts-heading">
<h2 id="alerts-heading">Alerts</h2>
<ul class="alert-list">${alerts}</ul>
</section>
</div>
<section class="panel" aria-labelledby="involvements-heading">
<h2 id="involvements-heading">Involvements</h2>
<table class="data-table">
<caption class="visually-hidden">Professionals involved with ${name}</caption>
<thead><tr><th scope="col">Role</th><th scope="col">Name</th><th scope="col">Team or organisation</th><th scope="col">Start date</th><th scope="col">Telephone</th></tr></thead>
<tbody>${involvements}</tbody>
</table>
</section>
<section class="panel" aria-labelledby="household-heading">
<h2 id="household-heading">Household members</h2>
<table class="data-table">
<caption class="visually-hidden">People in ${name}'s household</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Relationship</th><th scope="col">Date of birth</th><th scope="col">Person ID</th></tr></thead>
<tbody>${household}</tbody>
</table>
</section>
<section class="panel" aria-labelledby="steps-heading">
<h2 id="steps-heading">Workflow steps</h2>
<table class="data-table">
<caption class="visually-hidden">Workflow steps for ${name}</caption>
<thead><tr><th scope="col">Step</th><th scope="col">Step ID</th><th scope="col">Started</th><th scope="col">Status</th></tr></thead>
<tbody>${steps}</tbody>
</table>
</section>
<section class="panel recent-activity" aria-labelledby="recent-heading">
<h2 id="recent-heading">Recent activity</h2>
<ul class="activity-list">${recent}</ul>
<p><a href="/person/${person.id}/chronology" data-client-nav>View full chronology</a></p>
</section>`;
  return screen(person, 'Person summary', body);
}

export function renderChronology(person) {
  const rows = chronologyFor(person);
  const trs = rows.map(
    (r) =>
      markup`<tr><td class="nowrap">${ukDate(r.date)}</td><td>${r.type}</td><td>${r.agency}</td><td>${r.summary}</td><td>${r.recordedBy}</td></tr>\n`,
  );
  const body = markup`<p class="muted">${rows.length} entries, newest first.</p>
<table class="data-table chronology-table">
<caption class="visually-hidden">Chronology for ${fullName(person)}</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Event type</th><th scope="col">Source agency</th><th scope="col">Summary</th><th scope="col">Recorded by</th></tr></thead>
<tbody>
${trs}</tbody>
</table>`;
  return screen(person, 'Chronology', body);
}

function renderRuns(runs) {
  return runs.map((run) => {
    if (typeof run === 'string') return markup`${run}`;
    return run.b !== undefined ? markup`<strong>${run.b}</strong>` : markup`<em>${run.i}</em>`;
  });
}

/** One case note. public/casenotes.js builds exactly the same structure on the client. */
export function renderCaseNote(note) {
  const paragraphs = note.paragraphs.map((p) => markup`<p>${renderRuns(p)}</p>`);
  return markup`<article class="casenote" id="note-${note.id}" data-note-id="${note.id}" aria-labelledby="note-${note.id}-title"><h2 class="casenote-title" id="note-${note.id}-title">${note.type}</h2><p class="casenote-meta"><span class="casenote-date">${ukDate(note.date)}</span> · Recorded by <span class="casenote-author">${note.author}</span></p><div class="casenote-body">${paragraphs}</div></article>`;
}

export function renderCaseNotes(person, { variant } = {}) {
  const notes = caseNotesFor(person, variant);
  const body = markup`<div class="toolbar">
<button type="button" class="button button-secondary" id="refresh-notes">Refresh notes</button>
<p class="muted" id="casenotes-status" role="status">${notes.length} case notes, newest first.</p>
</div>
<div class="casenote-list" id="casenote-list" data-person-id="${person.id}"${variant ? markup` data-variant="${variant}"` : ''} data-render-count="0">${notes.map(renderCaseNote)}</div>`;
  return screen(person, 'Case notes', body);
}
