// @vitest-environment jsdom
// Tests for the vendor-style demo screens (demo/render/lcs*.mjs, demo/render/mosaic*.mjs): routes,
// headers, 404s, and the DOM contract that the example adapters and Margin's field naming rely on
// (LCS: labels in table cells, never <label for>; Mosaic: ARIA-labelled questions, heading-only textareas).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../demo/server.mjs';

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer({ port: 0 });
});
afterAll(async () => {
  await demo?.close();
});

const get = (path: string) => fetch(demo.url + path, { redirect: 'manual' });
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const duplicateIds = (doc: Document) => {
  const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
  return ids.filter((id, i) => ids.indexOf(id) !== i);
};
const lcsForm = '/lcs/web/portal/page?pageId=FormView&formId=CFA&personId=123456&stepId=884213';
const mosaicStep = '/mosaic/person/123456/step/884213';

describe('vendor-style demo screens', () => {
  it('are linked from the Northbury work tray and redirect to their start pages', async () => {
    const tray = parse(await (await get('/worktray')).text());
    const links = [...tray.querySelectorAll('.other-systems a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/lcs', '/mosaic/workview']);
    const lcs = await get('/lcs');
    expect(lcs.status).toBe(302);
    expect(lcs.headers.get('location')).toBe(`/lcs/web/portal/page?pageId=WorkTray&sid=${demo.sid}`);
    expect((await get('/mosaic')).headers.get('location')).toBe('/mosaic/workview');
    expect((await get('/mosaic/person/123456')).headers.get('location')).toBe(
      '/mosaic/person/123456/summary',
    );
  });

  it.each([
    '/lcs/web/portal/page?pageId=WorkTray',
    '/lcs/web/portal/page?pageId=PersonSummary&personId=204518',
    lcsForm,
    '/lcs/web/portal/page?pageId=FormView&formId=SD&personId=123456&stepId=884220',
    '/mosaic/workview',
    '/mosaic/person/318802/summary',
    '/mosaic/person/318802/casework',
    mosaicStep,
    '/mosaic/person/123456/step/884220',
  ])('serve %s as a full page with the server headers', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const doc = parse(await res.text());
    expect(doc.querySelector('.app-header, #page')).toBeNull();
    expect(doc.querySelector('script:not([src])')).toBeNull();
    expect(duplicateIds(doc)).toEqual([]);
  });

  it.each([
    '/lcs/web/portal/page?pageId=Nope',
    '/lcs/web/portal/page?pageId=PersonSummary&personId=P123456',
    '/lcs/web/portal/page?pageId=FormView&formId=REF&personId=123456&stepId=884213',
    '/lcs/other',
    '/mosaic/person/123456/step/1',
    '/mosaic/person/000000/summary',
    '/mosaic/person/123456/nope',
  ])('404 %s', async (path) => {
    expect((await get(path)).status).toBe(404);
  });

  it('LCS form: header text, form title, workflow map, tables with label cells, password', async () => {
    const doc = parse(await (await get(lcsForm)).text());
    expect(doc.querySelector('#personHeader .pHeaderName')?.textContent).toBe('Maya Ellery');
    expect(doc.querySelector('#personHeader .pHeaderId')?.textContent).toBe('ID: 123456');
    expect(doc.querySelector('#formContent .formTitle')?.textContent).toBe('Child and Family Assessment');
    expect(doc.querySelector('h1')).toBeNull();
    expect(doc.querySelector('#workflowMap [aria-current="step"]')?.textContent).toBe('Assessment');
    expect(doc.querySelectorAll('#formContent [role="tab"]').length).toBe(8);
    const content = doc.querySelector('#formContent')!;
    expect(content.querySelector('label[for]')).toBeNull();
    const controls = [
      ...content.querySelectorAll('table.formTable:not(.gridTable) td.input > :is(input, select, textarea)'),
    ];
    expect(controls.length).toBeGreaterThan(80);
    for (const control of controls)
      expect(control.closest('tr')?.querySelector('th.label, td.label')).not.toBeNull();
    expect(content.querySelectorAll('td.label').length).toBeGreaterThan(10);
    expect(content.querySelector('[name="asmt_cf_person_id"]')?.getAttribute('value')).toBe('123456');
    const password = content.querySelector('input[type="password"]')!;
    expect(password.getAttribute('name')).toBe('authPassword');
    expect(password.closest('tr')?.querySelector('th')?.textContent).toBe(
      'Re-enter your password to authorise',
    );
  });

  it('Mosaic step: identity bar, step title, ARIA-labelled and heading-only questions, PIN', async () => {
    const doc = parse(await (await get(mosaicStep)).text());
    const bar = doc.querySelector('.person-identity-bar')!;
    expect(bar.getAttribute('data-person-ref')).toBe('123456');
    expect([...bar.querySelectorAll('.pib-badge')].map((b) => b.textContent)).toEqual(['CIN', 'CP']);
    const content = doc.querySelector('section.step-content')!;
    expect(content.querySelector('h2.step-title')?.textContent).toBe('Child and Family Assessment');
    expect(content.querySelector('.step-status')?.textContent).toBe('In progress');
    expect(doc.querySelector('nav.mosaic-nav [aria-current="page"]')?.getAttribute('href')).toBe(mosaicStep);
    expect(content.querySelector('label[for]')).toBeNull();
    const textareas = [...content.querySelectorAll('.question textarea')];
    expect(textareas.length).toBeGreaterThan(20);
    for (const textarea of textareas) {
      expect(textarea.previousElementSibling?.matches('h3.question-heading')).toBe(true);
      expect(textarea.hasAttribute('aria-labelledby')).toBe(false);
    }
    const named = [...content.querySelectorAll('.question > :is(input, select), .question > [role]')];
    expect(named.length).toBeGreaterThan(40);
    for (const control of named) {
      const target = doc.getElementById(control.getAttribute('aria-labelledby') ?? '');
      expect(target?.matches('span.question-text')).toBe(true);
    }
    const pin = content.querySelector('input[name="authPin"]')!;
    expect(pin.getAttribute('type')).toBe('text');
    expect(doc.getElementById(pin.getAttribute('aria-labelledby')!)?.textContent).toBe('Authorisation PIN');
  });
});
