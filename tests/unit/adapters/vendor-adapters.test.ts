// @vitest-environment jsdom
// The LCS-style and Mosaic-style example adapters against the real demo screens: each screen is
// fetched from the demo server, parsed, and read with the built-in adapters. Parsed with jsdom's
// DOMParser rather than `new JSDOM()` because jsdom ships no type declarations; readContext takes the
// URL separately, so the document needs none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../demo/server.mjs';
import { readContext } from '@/lib/adapters/read-context';
import { BUILTIN_ADAPTERS } from '@/lib/adapters/builtin';
import { lcsExampleAdapter } from '@/lib/adapters/builtin/lcs-example';
import { mosaicExampleAdapter } from '@/lib/adapters/builtin/mosaic-example';
import { AdapterSchema } from '@/lib/model/adapter';
import { PageContextSchema } from '@/lib/model/page-context';

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer({ port: 0 });
});
afterAll(async () => {
  await demo?.close();
});

async function load(path: string): Promise<{ doc: Document; url: URL }> {
  const url = new URL(demo.url + path);
  const res = await fetch(url);
  expect(res.status).toBe(200);
  return { doc: new DOMParser().parseFromString(await res.text(), 'text/html'), url };
}

const LCS = { adapter: 'lcs-example', system: 'LCS-style demo' };
const MOSAIC = { adapter: 'mosaic-example', system: 'Mosaic-style demo' };
const lcsPage = (query: string) => `/lcs/web/portal/page?${query}&sid=abc123`;

// [path, expected context fields]; a missing key must read as undefined.
const SCREENS: Array<[string, Record<string, string>]> = [
  [lcsPage('pageId=WorkTray'), { ...LCS, formName: 'Work Tray' }],
  [
    lcsPage('pageId=PersonSummary&personId=123456'),
    { ...LCS, personId: '123456', formName: 'Person Summary' },
  ],
  [
    lcsPage('pageId=FormView&formId=CFA&personId=123456&stepId=884213'),
    { ...LCS, personId: '123456', formName: 'Child and Family Assessment', stepId: '884213' },
  ],
  [
    lcsPage('pageId=FormView&formId=SD&personId=318802&stepId=659123'),
    { ...LCS, personId: '318802', formName: 'Strategy Discussion', stepId: '659123' },
  ],
  ['/mosaic/workview', { ...MOSAIC, formName: 'Current work' }],
  ['/mosaic/person/123456/summary', { ...MOSAIC, personId: '123456', formName: 'Person summary' }],
  ['/mosaic/person/204518/casework', { ...MOSAIC, personId: '204518', formName: 'Casework' }],
  [
    '/mosaic/person/123456/step/884213',
    { ...MOSAIC, personId: '123456', formName: 'Child and Family Assessment', stepId: '884213' },
  ],
  [
    '/mosaic/person/123457/step/884237',
    { ...MOSAIC, personId: '123457', formName: 'Child Protection Plan', stepId: '884237' },
  ],
];

describe('vendor-style example adapters', () => {
  it.each(SCREENS)('read %s', async (path, expected) => {
    const { doc, url } = await load(path);
    const context = readContext(doc, url, BUILTIN_ADAPTERS);
    expect(context).toEqual({
      origin: demo.url,
      path: url.pathname,
      title: doc.title,
      personId: undefined,
      stepId: undefined,
      ...expected,
    });
    expect(PageContextSchema.safeParse(context).success).toBe(true);
  });

  it('leave the Northbury demo to the demo adapter', async () => {
    const { doc, url } = await load('/person/P123456/forms/assessment/884213');
    expect(readContext(doc, url, BUILTIN_ADAPTERS)).toMatchObject({ adapter: 'demo', personId: 'P123456' });
  });

  it('match only loopback /lcs/ and /mosaic/ URLs', () => {
    const doc = new DOMParser().parseFromString('<h1>Elsewhere</h1>', 'text/html');
    for (const href of [
      'https://lcs.example.gov.uk/lcs/web/portal/page?pageId=WorkTray',
      'http://127.0.0.1.example/mosaic/workview',
      'http://127.0.0.1:4173/lcsx/web',
      'http://localhost:4173/other/lcs/',
    ]) {
      expect(readContext(doc, new URL(href), BUILTIN_ADAPTERS).adapter).toBe('generic');
    }
  });

  it('are valid adapters', () => {
    for (const adapter of [lcsExampleAdapter, mosaicExampleAdapter])
      expect(AdapterSchema.parse(adapter)).toEqual(adapter);
  });

  it.each([
    [
      'lcs-example',
      lcsExampleAdapter,
      lcsPage('pageId=FormView&formId=CFA&personId=123456&stepId=884213'),
      'authPassword',
    ],
    ['mosaic-example', mosaicExampleAdapter, '/mosaic/person/123456/step/884213', 'authPin'],
  ])('%s names regions that exist: one content, chrome, sensitive', async (_name, adapter, path, secret) => {
    const { doc } = await load(path);
    expect(doc.querySelectorAll(adapter.content!)).toHaveLength(1);
    for (const selector of adapter.chrome!) expect(doc.querySelector(selector), selector).not.toBeNull();
    const field = doc.querySelector(`[name="${secret}"]`)!;
    expect(adapter.sensitive!.some((selector) => field.matches(selector))).toBe(true);
    // The secret sits inside the record region, so only the sensitive list keeps Margin away from it.
    expect(doc.querySelector(adapter.content!)!.contains(field)).toBe(true);
  });
});
