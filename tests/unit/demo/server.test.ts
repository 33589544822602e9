// @vitest-environment node
// Tests for the demo case-record system (demo/server.mjs): routes, DOM contract,
// fragments, 404s, case-notes API variants, and loopback binding.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../demo/server.mjs';

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer({ port: 0 });
});
afterAll(async () => {
  await demo?.close();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(demo.url + path, { headers, redirect: 'manual' });

const FORMS: Array<[string, string, string]> = [
  ['contact', '884201', 'Contact'],
  ['referral', '884207', 'Referral'],
  ['assessment', '884213', 'Child and Family Assessment'],
  ['strategy', '884220', 'Strategy Discussion'],
  ['cpplan', '884236', 'Child Protection Plan'],
];

const controls = (html: string) => (html.match(/<(input|select|textarea)\b/g) ?? []).length;
const duplicateIds = (html: string) => {
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  return ids.filter((id, i) => ids.indexOf(id) !== i);
};

describe('demo server', () => {
  it('binds to 127.0.0.1 and redirects / to the work tray', async () => {
    expect(demo.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await get('/');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/worktray');
  });

  it('renders the work tray with sid links, no-store and CSP', async () => {
    const res = await get('/worktray');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(html).toContain('<title>Work tray | Northbury Children&#39;s Record</title>');
    expect(html).toContain('<h1 id="screen-title" tabindex="-1">Work tray</h1>');
    expect(html).toContain(`href="/worktray?sid=${demo.sid}"`);
    expect(html).toContain('status-overdue');
    expect(html).toContain('<meta name="demo-session-timeout" content="900">');
  });

  it.each([
    ['', 'Person summary'],
    ['/chronology', 'Chronology'],
    ['/casenotes', 'Case notes'],
  ])('renders person screen %s with the identity bar', async (sub, screen) => {
    const res = await get(`/person/P123456${sub}`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('<span class="person-id" data-person-id="P123456">P123456</span>');
    expect(html).toContain('<span class="person-name">Maya Ellery</span>');
    expect(html).toContain('<span class="badge badge-cp">CP</span>');
    expect(html).toContain(`<h1 id="screen-title" tabindex="-1">${screen}</h1>`);
    expect(html).toContain(`<title>${screen} | Maya Ellery | Northbury Children&#39;s Record</title>`);
    expect(html).toContain('<nav class="person-nav" aria-label="Person navigation">');
    expect(duplicateIds(html)).toEqual([]);
  });

  it('has a long chronology and about 50 case notes', async () => {
    const chronology = await (await get('/person/P123456/chronology')).text();
    const rows = (chronology.match(/<tr>/g) ?? []).length - 1;
    expect(rows).toBeGreaterThanOrEqual(150);
    expect(rows).toBeLessThanOrEqual(200);
    const notes = await (await get('/person/P123456/casenotes')).text();
    expect((notes.match(/class="casenote"/g) ?? []).length).toBe(50);
  });

  it.each(FORMS)('renders the %s form with step ID %s', async (key, stepId, name) => {
    const res = await get(`/person/P123456/forms/${key}/${stepId}`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain(`<h1 id="screen-title" tabindex="-1">${name}</h1>`);
    expect(html).toContain(`<span class="step-id" data-step-id="${stepId}">${stepId}</span>`);
    expect(html).toMatch(new RegExp(`<form id="workflow-form" data-form-key="${key}"[^>]* novalidate`));
    expect(html).toContain('data-person-id="P123456"');
    expect(html).toContain('role="tablist"');
    expect(html).toContain('<span class="required-marker">(required)</span>');
    expect(html).toContain('>Save</button>');
    expect(html).toContain('>Save and close</button>');
    expect(html).toContain('aria-label="Workflow map"');
    expect(controls(html)).toBeGreaterThanOrEqual(20);
    expect(duplicateIds(html)).toEqual([]);
  });

  it('gives the assessment 8+ tabs, 100+ controls and repeated labels', async () => {
    const html = await (await get('/person/P123456/forms/assessment/884213')).text();
    expect(controls(html)).toBeGreaterThanOrEqual(100);
    expect((html.match(/role="tab"/g) ?? []).length).toBeGreaterThanOrEqual(8);
    expect((html.match(/>Name<\/label>/g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect((html.match(/>Comments<\/label>/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect((html.match(/>Date<\/label>/g) ?? []).length).toBeGreaterThanOrEqual(3);
  });

  it('returns JSON fragments by header and by query', async () => {
    for (const res of [
      await get('/person/P123456/forms/assessment/884213', { 'X-Demo-Fragment': '1' }),
      await get('/person/P123456/chronology?fragment=1'),
    ]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/json');
      const body = (await res.json()) as { title: string; html: string };
      expect(body.title).toMatch(/ \| Maya Ellery \| Northbury Children's Record$/);
      expect(body.html).toContain('<section class="identity-bar" aria-label="Person details">');
      expect(body.html).toContain('<main id="main">');
      expect(body.html).not.toContain('<html');
    }
  });

  it('404s unknown routes, persons and step IDs', async () => {
    for (const path of [
      '/nope',
      '/person/P000000',
      '/person/P123456/forms/assessment/1',
      '/static/missing.js',
    ]) {
      expect((await get(path)).status).toBe(404);
    }
    expect((await get('/nope', { 'X-Demo-Fragment': '1' })).headers.get('content-type')).toContain('json');
  });

  it('serves static files', async () => {
    const res = await get('/static/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
  });

  it('serves case notes JSON with edited and removed variants', async () => {
    type Notes = { notes: Array<{ paragraphs: unknown[][] }> };
    const load = async (q = '') =>
      ((await (await get(`/api/person/P123456/casenotes${q}`)).json()) as Notes).notes;
    const flat = (p: unknown[]) =>
      p.map((r) => (typeof r === 'string' ? r : Object.values(r as object)[0])).join('');
    const [base, edited, removed] = [
      await load(),
      await load('?variant=edited'),
      await load('?variant=removed'),
    ];
    expect(base).toHaveLength(50);
    const para = flat(base[2]!.paragraphs[1]!);
    const editedPara = flat(edited[2]!.paragraphs[1]!);
    expect(editedPara).not.toBe(para);
    expect(editedPara.slice(-60)).toBe(para.slice(-60));
    expect(edited[3]).toEqual(base[3]);
    expect(removed[2]!.paragraphs).toHaveLength(base[2]!.paragraphs.length - 1);
    expect(removed[2]!.paragraphs[1]).toEqual(base[2]!.paragraphs[2]);
    const page = await (await get('/person/P123456/casenotes?variant=edited')).text();
    expect(page).toContain('data-variant="edited"');
    expect(page).toContain('usually feels safe at home when Mum is coping');
  });
});
