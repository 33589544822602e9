// URL routing for the vendor-style screen sets. LCS-style pages carry their IDs in the query string
// (/lcs/web/portal/page?pageId=FormView&formId=CFA&personId=123456&stepId=884213&sid=...), Mosaic-style
// pages in the path (/mosaic/person/123456/step/884213). Each resolver returns { document } (a complete
// HTML page), { redirect }, or undefined when there is no such screen (the caller answers 404).
import {
  LCS_FORM_IDS,
  lcsUrl,
  renderLcsFormView,
  renderLcsPersonSummary,
  renderLcsWorkTray,
} from './render/lcs.mjs';
import {
  mosaicPersonUrl,
  renderMosaicCasework,
  renderMosaicStep,
  renderMosaicSummary,
  renderMosaicWorkview,
} from './render/mosaic.mjs';
import { formKeyForStep, personByRef } from './render/vendor-common.mjs';

/**
 * @param {URL} url
 * @param {string} sid the server's session token, carried on every LCS-style link
 */
export function resolveLcs(url, sid) {
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '/lcs') return { redirect: lcsUrl({ pageId: 'WorkTray' }, sid) };
  if (path !== '/lcs/web/portal/page') return undefined;
  const query = url.searchParams;
  const pageId = query.get('pageId');
  if (pageId === 'WorkTray') return { document: renderLcsWorkTray(sid) };
  const person = personByRef(query.get('personId'));
  if (!person) return undefined;
  if (pageId === 'PersonSummary') return { document: renderLcsPersonSummary(person, sid) };
  if (pageId === 'FormView') {
    const formKey = formKeyForStep(person, query.get('stepId'));
    if (formKey && LCS_FORM_IDS[formKey] === query.get('formId'))
      return { document: renderLcsFormView(person, formKey, sid) };
  }
  return undefined;
}

/** @param {string[]} parts decoded path segments, parts[0] === 'mosaic' */
export function resolveMosaic(parts) {
  if (parts.length === 1) return { redirect: '/mosaic/workview' };
  if (parts.length === 2 && parts[1] === 'workview') return { document: renderMosaicWorkview() };
  if (parts[1] !== 'person') return undefined;
  const person = personByRef(parts[2]);
  if (!person) return undefined;
  if (parts.length === 3) return { redirect: mosaicPersonUrl(person, 'summary') };
  if (parts.length === 4 && parts[3] === 'summary') return { document: renderMosaicSummary(person) };
  if (parts.length === 4 && parts[3] === 'casework') return { document: renderMosaicCasework(person) };
  const formKey = parts.length === 5 && parts[3] === 'step' ? formKeyForStep(person, parts[4]) : undefined;
  return formKey ? { document: renderMosaicStep(person, formKey) } : undefined;
}
