// URL routing for the demo case-record system. resolveRoute() maps a method and URL to a
// result: { redirect }, { json, status }, { page: { screen, pageHtml }, personId, status }, or
// { document } (a complete page from the vendor-style sets under /lcs/ and /mosaic/).
import { caseNotesFor, VARIANTS } from './data/casenotes.mjs';
import { forms } from './data/forms/index.mjs';
import { findPerson } from './data/people.mjs';
import { renderFormScreen } from './render/form.mjs';
import { formUrl } from './render/layout.mjs';
import { renderNotFound } from './render/notfound.mjs';
import { renderCaseNotes, renderChronology, renderSummary } from './render/person.mjs';
import { renderSearch } from './render/search.mjs';
import { renderWorktray } from './render/worktray.mjs';
import { resolveLcs, resolveMosaic } from './vendor-routes.mjs';
import { HOSTILE_CSP, renderHostileFrame, renderHostilePage } from './render/hostile.mjs';

/** The hostile screen and its frames, with their own strict CSP. */
function resolveHostile(parts, url) {
  const headers = { 'Content-Security-Policy': HOSTILE_CSP };
  if (parts.length === 1) return { document: renderHostilePage(), headers };
  if (parts.length === 2 && parts[1] === 'frame')
    return { document: renderHostileFrame(url.searchParams.get('nest') === '1'), headers };
  return undefined;
}

const notFound = (url) => ({ page: renderNotFound(url.pathname), status: 404 });

function variantOf(url) {
  const v = url.searchParams.get('variant');
  return VARIANTS.includes(v) ? v : undefined;
}

/**
 * @param {string} method GET, HEAD or POST
 * @param {URL} url
 * @param {{ sid: string }} ctx
 */
export function resolveRoute(method, url, { sid }) {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const isPost = method === 'POST';

  if (isPost && parts[2] !== 'forms') return { status: 405, json: { error: 'Method not allowed' } };

  if (path === '/') return { redirect: '/worktray' };
  if (path === '/worktray') return { page: renderWorktray() };
  if (path === '/search') return { page: renderSearch(url.searchParams.get('q'), sid) };
  if (path === '/api/session') return { json: { ok: true, renewedAt: new Date().toISOString() } };
  if (parts[0] === 'hostile') return resolveHostile(parts, url) ?? notFound(url);
  if (parts[0] === 'lcs') return resolveLcs(url, sid) ?? notFound(url);
  if (parts[0] === 'mosaic') return resolveMosaic(parts) ?? notFound(url);

  if (parts[0] === 'api' && parts[1] === 'person' && parts[3] === 'casenotes' && parts.length === 4) {
    const person = findPerson(parts[2]);
    if (!person) return { status: 404, json: { error: 'Person not found' } };
    const variant = variantOf(url);
    return { json: { personId: person.id, variant: variant ?? null, notes: caseNotesFor(person, variant) } };
  }

  if (parts[0] !== 'person' || parts.length < 2) return notFound(url);
  const person = findPerson(parts[1]);
  if (!person) return notFound(url);
  const personId = person.id;

  if (parts.length === 2)
    return { page: renderSummary(person, { saved: url.searchParams.get('saved') }), personId };
  if (parts.length === 3 && parts[2] === 'chronology') return { page: renderChronology(person), personId };
  if (parts.length === 3 && parts[2] === 'casenotes')
    return { page: renderCaseNotes(person, { variant: variantOf(url) }), personId };

  if (parts[2] === 'forms' && forms[parts[3]] && person.steps[parts[3]]?.stepId) {
    const formKey = parts[3];
    if (parts.length === 4) return { redirect: formUrl(person, formKey) };
    if (parts.length === 5 && parts[4] === person.steps[formKey].stepId) {
      return {
        page: renderFormScreen(person, formKey, { tab: url.searchParams.get('tab'), saved: isPost }),
        personId,
      };
    }
  }
  return notFound(url);
}
