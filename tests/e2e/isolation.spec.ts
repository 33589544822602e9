// The host page cannot read what Margin holds, and the background refuses messages it should not act on.
import { test, expect, noteBox } from './support/fixtures';
import { countStoredNotes, openExtensionPage } from './support/extension';

test('a script in the host page cannot read the note text or message Margin', async ({ openDemo }) => {
  const { page, sidebar } = await openDemo('/person/P123456');
  const secret = `NOTE-${crypto.randomUUID()}`;
  await (await noteBox(sidebar)).fill(secret);
  await sidebar.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(sidebar.getByRole('region', { name: /Notes on this screen/ }).getByText(secret)).toBeVisible();

  // Everything a page script can reach: its DOM, the host element, the frame, storage, and messaging.
  const seen = await page.evaluate(async () => {
    const host = document.querySelector('margin-sidebar');
    const iframes = [...document.querySelectorAll('iframe')];
    let frameDocument: string | null = null;
    try {
      frameDocument = iframes.map((frame) => frame.contentDocument?.documentElement.outerHTML ?? '').join('');
    } catch (error) {
      frameDocument = `blocked: ${String(error)}`;
    }
    const win = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } };
    return {
      html: document.documentElement.outerHTML,
      text: document.body.innerText,
      hostExists: host !== null,
      shadowRoot: host?.shadowRoot ?? null,
      iframesVisibleToPage: iframes.length,
      frameDocument,
      storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
      databases: (await indexedDB.databases()).map((db) => db.name),
      canMessage: typeof win.chrome?.runtime?.sendMessage === 'function',
    };
  });
  expect(seen.hostExists).toBe(true);
  expect(seen.shadowRoot).toBeNull();
  expect(seen.iframesVisibleToPage).toBe(0);
  for (const value of [seen.html, seen.text, seen.storage, seen.frameDocument ?? ''])
    expect(value).not.toContain(secret);
  expect(seen.databases).not.toContain('margin');
  expect(seen.canMessage).toBe(false);
});

test('the background refuses malformed, unknown and misdirected messages and writes nothing', async ({
  margin,
  openDemo,
}) => {
  await openDemo('/person/P123456');
  const page = await openExtensionPage(margin, 'dashboard.html');
  await expect(page.getByRole('status').filter({ hasText: /notes?$/ })).toHaveText('0 notes');
  const replies = await page.evaluate(async () => {
    const send = (message: unknown) => chrome.runtime.sendMessage(message);
    const context = { origin: 'http://127.0.0.1:1', path: '/', title: 't', adapter: 'demo' };
    return {
      noType: await send({ text: 'x' }),
      unknown: await send({ type: 'note/delete-all' }),
      wrongTypes: await send({ type: 'note/create', text: 42, context }),
      badContext: await send({
        type: 'note/create',
        text: 'x',
        context: { ...context, origin: 'javascript:alert(1)' },
      }),
      pageOnly: await send({ type: 'page/context', context }),
    };
  });
  // Plain words for a person; the field at fault for a developer, in its own property.
  expect(replies.noType).toEqual({
    ok: false,
    error: { code: 'invalid-message', message: 'Margin refused a request it could not read.' },
  });
  expect(replies.unknown).toEqual({
    ok: false,
    error: { code: 'unknown-type', message: 'Margin refused a request it does not know.' },
  });
  expect(replies.wrongTypes).toMatchObject({
    ok: false,
    error: { code: 'invalid-message', field: 'text' },
  });
  expect(replies.badContext).toMatchObject({
    ok: false,
    error: { code: 'invalid-message', field: 'context.origin' },
  });
  expect(replies.pageOnly).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  expect(await countStoredNotes(page)).toBe(0);
  await expect(page.getByRole('status').filter({ hasText: /notes?$/ })).toHaveText('0 notes');
});

test('the egress guard notices and blocks a request that would leave loopback', async ({ margin }) => {
  // Proves the check every test ends with can fail: a navigation to a reserved, never-resolving name.
  const page = await margin.context.newPage();
  const error = await page.goto('http://egress-check.invalid/ping').then(
    () => null,
    (failure: Error) => failure.message,
  );
  expect(error).toMatch(/ERR_BLOCKED_BY_CLIENT/);
  expect(margin.egress).toEqual(['http://egress-check.invalid/ping']);
  margin.egress.length = 0;
});
