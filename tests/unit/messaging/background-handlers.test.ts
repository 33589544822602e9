import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
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

  it('replies under the saved name and role; only their author changes them, refused in plain words', async () => {
    await fakeBrowser.storage.local.set({ settings: { author: 'Sam Patel', role: 'auditor' } });
    const target = { page: { ...context, title: undefined }, selectors: [] };
    delete target.page.title;
    const fields = {
      auditId: null,
      kind: 'question',
      comment: 'Seen alone?',
      evidenceSource: 'case-record',
      factors: [],
    };
    const created = await route({ type: 'observation/create', fields, target }, sidebar);
    if (!created.ok) throw new Error(created.error.message);
    const { observation } = created.data as { observation: { id: string } };
    const sent = await route(
      { type: 'reply/create', observationId: observation.id, text: ' Yes, at school. ' },
      sidebar,
    );
    expect(sent).toMatchObject({
      ok: true,
      data: { reply: { author: 'Sam Patel', authorRole: 'auditor', text: 'Yes, at school.' } },
    });
    const reply = (sent as { data: { reply: { id: string; updatedAt: string } } }).data.reply;
    expect(
      await route({ type: 'reply/create', observationId: observation.id, text: '  ' }, sidebar),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-message', message: 'Write your reply first.' },
    });
    expect(await route({ type: 'reply/list', observationIds: [observation.id] }, sidebar)).toMatchObject({
      ok: true,
      data: { replies: [{ id: reply.id }] },
    });

    await fakeBrowser.storage.local.set({ settings: { author: 'Jo Okafor' } });
    const update = { type: 'reply/update', id: reply.id, text: 'Mine.', expectedUpdatedAt: reply.updatedAt };
    expect(await route(update, sidebar)).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message:
          'Margin could not save the changes to the reply: Only Sam Patel can change or delete this reply.',
      },
    });
    expect(await route({ type: 'reply/delete', id: reply.id }, sidebar)).toMatchObject({ ok: false });
    const deleted = await route({ type: 'observation/delete', id: observation.id }, sidebar);
    expect(deleted).toMatchObject({ ok: true, data: { replies: [{ id: reply.id }] } });
    expect(await getDb().replies.get(reply.id)).toBeUndefined();
  });

  it('keeps each tab’s page context for its sidebar', async () => {
    expect(await route({ type: 'page/context', context }, { role: 'page', tabId: 9 })).toEqual({
      ok: true,
      data: { stored: true },
    });
    expect(await getTabState('context', 9)).toEqual(context);
    const token9 = 'a'.repeat(32);
    const token10 = 'b'.repeat(32);
    await route({ type: 'page/frame', token: token9 }, { role: 'page', tabId: 9 });
    await route({ type: 'page/frame', token: token10 }, { role: 'page', tabId: 10 });
    const frame = { role: 'sidebar' as const, frameId: 2, documentId: 'doc-1' };
    expect(await route({ type: 'sidebar/hello', token: token9 }, { ...frame, tabId: 9 })).toEqual({
      ok: true,
      data: { tabId: 9, context },
    });
    expect(await route({ type: 'sidebar/hello', token: token10 }, { ...frame, tabId: 10 })).toEqual({
      ok: true,
      data: { tabId: 10, context: null },
    });
  });
});

describe('restoring a record (undo)', () => {
  it('refuses one dated in the future, and stores nothing', async () => {
    const created = await route({ type: 'note/create', text: 'Undo me', context }, sidebar);
    const note = created.ok ? (created.data as { note: Record<string, unknown> }).note : {};
    await route({ type: 'note/delete', id: note.id }, sidebar);
    const before = await getDb().notes.count();
    const reply = await route(
      { type: 'note/restore', note: { ...note, updatedAt: '9999-12-31T00:00:00.000Z' } },
      sidebar,
    );
    expect(reply).toMatchObject({ ok: false, error: { field: 'note.updatedAt' } });
    expect(await getDb().notes.count()).toBe(before);
    expect(await route({ type: 'note/restore', note }, sidebar)).toMatchObject({ ok: true });
  });
});

describe('the sidebar frame token', () => {
  const token = '0123456789abcdef'.repeat(2);
  const mounted = { role: 'sidebar' as const, tabId: 21, frameId: 3, documentId: 'mounted' };
  const framedByPage = { role: 'sidebar' as const, tabId: 21, frameId: 4, documentId: 'copy' };
  const pageKey = `${context.origin}|P123456|Person summary||${context.path}`;

  it('lets the frame that presents the live token first be the sidebar, and no other document', async () => {
    await route({ type: 'page/frame', token }, { role: 'page', tabId: 21 });
    expect(await route({ type: 'sidebar/hello', token: 'f'.repeat(32) }, mounted)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(await route({ type: 'sidebar/hello', token }, mounted)).toMatchObject({ ok: true });
    // Greeting again from the same document is fine; the live token is of no use to another one.
    expect(await route({ type: 'sidebar/hello', token }, mounted)).toMatchObject({ ok: true });
    expect(await route({ type: 'sidebar/hello', token }, framedByPage)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender', message: expect.stringMatching(/not opened by Margin/) },
    });
    expect(await route({ type: 'sidebar/hello', token }, { ...mounted, tabId: 22 })).toMatchObject({
      ok: false,
    });
  });

  it('refuses every other message from a sidebar document that holds no claim', async () => {
    await route({ type: 'page/frame', token }, { role: 'page', tabId: 23 });
    const unclaimed = { ...framedByPage, tabId: 23 };
    for (const message of [
      { type: 'observation/list', pageKey },
      { type: 'audit/list' },
      { type: 'data/delete-everything', confirm: 'DELETE' },
    ])
      expect(await route(message, unclaimed)).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender', message: expect.stringMatching(/not opened by Margin/) },
      });
    expect(await route({ type: 'audit/list' }, { ...unclaimed, claimed: true })).toMatchObject({ ok: true });
  });

  it('ends the old claim when the page registers a new token (the frame loaded again)', async () => {
    const { isClaimedFrame } = await import('@/lib/background/frame-claims');
    await route({ type: 'page/frame', token }, { role: 'page', tabId: 24 });
    await route({ type: 'sidebar/hello', token }, { ...mounted, tabId: 24 });
    expect(await isClaimedFrame({ tabId: 24, frameId: 3, documentId: 'mounted' })).toBe(true);
    await route({ type: 'page/frame', token: 'c'.repeat(32) }, { role: 'page', tabId: 24 });
    expect(await isClaimedFrame({ tabId: 24, frameId: 3, documentId: 'mounted' })).toBe(false);
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

  it('are refused, writing nothing, when dated more than a day ahead', async () => {
    await setCapture(context.origin, true);
    const future = { ...batch, id: crypto.randomUUID(), at: '9999-12-31T00:00:00.000Z' };
    const from = { role: 'page' as const, tabId: 3, url: `${context.origin}/person/P123456` };
    const reply = await route({ type: 'friction/batch', batch: future, context }, from);
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-message',
        message: expect.stringMatching(
          /^Margin could not store the friction counts: the time: 9999-12-31.*more than a day/,
        ),
        field: 'batch.at',
      },
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
