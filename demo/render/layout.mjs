// Page shell for the demo case-record system: <head>, top bar (full-page-load links that
// carry the ?sid= session token), left person navigation, the swappable #page area, the
// identity bar and the session-timeout dialog.
import { findPerson, fullName, DEMO_TODAY } from '../data/people.mjs';
import { forms } from '../data/forms/index.mjs';
import { ageOn, markup, raw, ukDate } from './html.mjs';

export const SYSTEM_NAME = "Northbury Children's Record";

/** document.title: "<screen> | <person name> | Northbury Children's Record" or "<screen> | ...". */
export function pageTitle(screen, person) {
  return person ? `${screen} | ${fullName(person)} | ${SYSTEM_NAME}` : `${screen} | ${SYSTEM_NAME}`;
}

export function personUrl(person, sub = '') {
  return `/person/${person.id}${sub}`;
}

export function formUrl(person, formKey) {
  const step = person.steps[formKey];
  return step?.stepId ? `/person/${person.id}/forms/${formKey}/${step.stepId}` : null;
}

export function identityBar(person) {
  const badges = person.badges.map((b) => markup`<span class="badge badge-${b.toLowerCase()}">${b}</span> `);
  return markup`<section class="identity-bar" aria-label="Person details">
<span class="person-name">${fullName(person)}</span>
<span class="identity-item"><span class="identity-label">ID:</span> <span class="person-id" data-person-id="${person.id}">${person.id}</span></span>
<span class="identity-item"><span class="identity-label">DOB:</span> <span class="person-dob">${ukDate(person.dob)}</span> (${ageOn(person.dob, DEMO_TODAY)} years)</span>
<span class="identity-item"><span class="identity-label">Gender:</span> ${person.gender}</span>
<span class="identity-badges">${badges}</span>
</section>`;
}

/** Left navigation for a person. Links use client-side navigation (data-client-nav). */
export function personNav(person, currentPath) {
  const link = (href, label) =>
    markup`<li><a href="${href}" data-client-nav${href === currentPath ? raw(' aria-current="page"') : ''}>${label}</a></li>`;
  const formLinks = Object.values(forms)
    .filter((form) => formUrl(person, form.key))
    .map((form) => link(formUrl(person, form.key), form.name));
  return markup`<nav class="person-nav" aria-label="Person navigation">
<p class="nav-group-label" id="nav-record-label">Record</p>
<ul aria-labelledby="nav-record-label">
${link(personUrl(person), 'Summary')}
${link(personUrl(person, '/chronology'), 'Chronology')}
${link(personUrl(person, '/casenotes'), 'Case notes')}
</ul>
<p class="nav-group-label" id="nav-forms-label">Forms</p>
<ul aria-labelledby="nav-forms-label">
${formLinks}
</ul>
</nav>`;
}

function appHeader(sid) {
  const q = `?sid=${encodeURIComponent(sid)}`;
  return markup`<header class="app-header">
<div class="app-brand"><span class="app-council">Northbury Council</span>
<a class="app-name" href="/worktray${q}">${SYSTEM_NAME} (demo)</a></div>
<nav class="app-menu" aria-label="Main menu"><ul>
<li><a href="/worktray${q}">Work tray</a></li>
<li><a href="/search${q}">Search</a></li>
</ul></nav>
<p class="signed-in">Signed in as: A. Worker (demo)</p>
</header>`;
}

const sessionDialog = markup`<dialog id="session-dialog" class="session-dialog" role="alertdialog" aria-labelledby="session-dialog-title" aria-describedby="session-dialog-desc">
<h2 id="session-dialog-title">Your session is about to expire</h2>
<p id="session-dialog-desc">For your security you will be signed out in <span id="session-countdown">60</span> seconds. Anything you have not saved will be lost.</p>
<button type="button" class="button" id="session-stay">Stay signed in</button>
</dialog>`;

/**
 * Full HTML document.
 * @param {{ title: string, pageHtml: object, personId?: string, path: string, sid: string, timeoutSeconds: number }} opts
 */
export function renderDocument({ title, pageHtml, personId, path, sid, timeoutSeconds }) {
  const person = personId ? findPerson(personId) : null;
  return `<!doctype html>
${markup`<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="demo-session-timeout" content="${timeoutSeconds}">
<title>${title}</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/app.css">
<script type="module" src="/static/app.js"></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
${appHeader(sid)}
<div class="app-body${person ? ' has-person-nav' : ''}">
${person ? personNav(person, path) : ''}
<div id="page">
${pageHtml}
</div>
</div>
<footer class="app-footer"><p>Northbury Council. Fictional demonstration system: every person, place and record here is invented.</p></footer>
${sessionDialog}
</body>
</html>`}
`;
}
