// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readContext } from '@/lib/adapters/read-context';
import { BUILTIN_ADAPTERS } from '@/lib/adapters/builtin';
import { AdapterSchema, type Adapter } from '@/lib/model/adapter';
import { PageContextSchema } from '@/lib/model/page-context';

function page(html: string, title = 'Screen'): Document {
  const doc = document.implementation.createHTMLDocument(title);
  doc.body.innerHTML = html;
  return doc;
}

const demoScreen = page(
  `<div id="page"><section class="identity-bar"><span class="person-id" data-person-id="P123456">P123456</span></section>
   <main><h1 id="screen-title">  Child and Family
   Assessment </h1><p class="step-meta">Step ID: <span class="step-id" data-step-id="884213">884213</span></p></main></div>`,
  'Child and Family Assessment | Jamie Example',
);

describe('readContext', () => {
  it('reads person, form and step on a demo screen with the demo adapter', () => {
    const context = readContext(
      demoScreen,
      new URL('http://127.0.0.1:4173/person/P123456/forms/assessment/884213?sid=abc#x'),
      BUILTIN_ADAPTERS,
    );
    expect(context).toEqual({
      origin: 'http://127.0.0.1:4173',
      path: '/person/P123456/forms/assessment/884213',
      title: 'Child and Family Assessment | Jamie Example',
      adapter: 'demo',
      system: "Northbury Children's Record (demo)",
      personId: 'P123456',
      formName: 'Child and Family Assessment',
      stepId: '884213',
    });
    expect(PageContextSchema.safeParse(context).success).toBe(true);
  });

  it('falls back to the first heading on a page no adapter knows', () => {
    const context = readContext(
      page('<h1>Contacts</h1>', 'Other system'),
      new URL('https://other.example/a/b?token=1'),
      BUILTIN_ADAPTERS,
    );
    expect(context).toEqual({
      origin: 'https://other.example',
      path: '/a/b',
      title: 'Other system',
      adapter: 'generic',
      formName: 'Contacts',
    });
  });

  it('reads values from the URL and survives a broken adapter', () => {
    const fromUrl: Adapter = {
      name: 'url',
      system: 'S',
      urlPattern: '^https://s\\.example/',
      personId: { urlPattern: '/case/(\\d+)' },
    };
    const broken: Adapter = {
      name: 'broken',
      system: 'B',
      urlPattern: '^https://b\\.example/',
      personId: { selector: '::nope((' },
      formName: { selector: 'h1', textPattern: '(unclosed' },
    };
    expect(readContext(page(''), new URL('https://s.example/case/2009/x'), [fromUrl]).personId).toBe('2009');
    const context = readContext(page('<h1>T</h1>'), new URL('https://b.example/'), [broken]);
    expect(context).toMatchObject({ adapter: 'broken', personId: undefined, formName: undefined });
  });

  it('ships only valid built-in adapters', () => {
    for (const adapter of BUILTIN_ADAPTERS) expect(AdapterSchema.parse(adapter)).toEqual(adapter);
  });
});
