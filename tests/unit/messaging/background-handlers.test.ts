import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handlers } from '@/lib/background/handlers';
import { getTabState } from '@/lib/background/tab-state';
import { createRouter } from '@/lib/messaging/router';
import { getDb } from '@/lib/storage/db';
import { setCapture } from '@/lib/friction/capture-setting';
import type { PageContext } from '@/lib/model/page-context';

const context: PageContext = {
  origin: 'http://127.0.0.1:4173',
  path: '/person/P123456',
  title: 'Person summary',
  adapter: 'demo',
  personId: 'P123456',
  formName: 'Person summary',
};
const route = createRouter(handlers);
const sidebar = { role: 'extension' as const, tabId: 4 };

describe('background handlers behind the router', () => {
  it('creates a note with the saved author, and malformed messages write nothing', async () => {
    await fakeBrowser.storage.local.set({ settings: { author: 'Sam Auditor' } });
    const before = await getDb().notes.count();
    const refused = [
      await route({ type: 'note/create', text: 42, context }, sidebar),
      await route({ type: 'note/create', text: 'ok', context: { ...context, path: 'no-slash' } }, sidebar),
      await route({ type: 'note/wipe' }, sidebar),
      await route({ type: 'note/create', text: 'from the page', context }, { role: 'page', tabId: 4 }),
    ];
    expect(refused.every((reply) => !reply.ok)).toBe(true);
    expect(await getDb().notes.count()).toBe(before);

    const reply = await route({ type: 'note/create', text: 'Good analysis of risk.', context }, sidebar);
    expect(reply).toMatchObject({
      ok: true,
      data: { note: { text: 'Good analysis of risk.', author: 'Sam Auditor' } },
    });
    expect(await getDb().notes.count()).toBe(before + 1);
  });

  it('keeps each tab’s page context for its sidebar', async () => {
    expect(await route({ type: 'page/context', context }, { role: 'page', tabId: 9 })).toEqual({
      ok: true,
      data: { stored: true },
    });
    expect(await getTabState('context', 9)).toEqual(context);
    expect(await route({ type: 'sidebar/hello' }, { role: 'extension', tabId: 9 })).toEqual({
      ok: true,
      data: { tabId: 9, context },
    });
    expect(await route({ type: 'sidebar/hello' }, { role: 'extension', tabId: 10 })).toEqual({
      ok: true,
      data: { tabId: 10, context: null },
    });
  });
});

describe('friction batches', () => {
  const batch = {
    id: crypto.randomUUID(),
    at: new Date().toISOString(),
    fields: [],
    page: { errorSummaries: 1, timeoutWarnings: 0, unsavedExits: 0, submits: 0 },
  };
  it('are refused, writing nothing, where capture is off or the organisation does not allow it', async () => {
    const message = { type: 'friction/batch', batch, context };
    const from = { role: 'page' as const, tabId: 3, url: `${context.origin}/person/P123456` };
    expect(await route(message, from)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('switched off for this site') },
    });
    await setCapture(context.origin, true);
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ allowPassiveCapture: false });
    expect(await route(message, from)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('does not allow') },
    });
    expect(await getDb().frictionCounters.count()).toBe(0);
  });

  it('are accepted only for the site of the page that sent them, once', async () => {
    await setCapture(context.origin, true);
    const message = { type: 'friction/batch', batch, context };
    const page = { role: 'page' as const, tabId: 3 };
    const forged = await route(message, { ...page, url: 'https://elsewhere.example/x' });
    expect(forged).toMatchObject({ ok: false, error: { message: expect.stringContaining('another site') } });
    expect(await getDb().frictionCounters.count()).toBe(0);
    expect(await route(message, { ...page, url: `${context.origin}/person/P123456` })).toEqual({
      ok: true,
      data: { applied: true },
    });
    expect(await route(message, { ...page, url: `${context.origin}/person/P123456` })).toEqual({
      ok: true,
      data: { applied: false },
    });
    expect(await getDb().frictionCounters.count()).toBe(1);
  });
});
