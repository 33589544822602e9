import { describe, expect, it, vi, type Mock } from 'vitest';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { ALLOWED_SENDERS, type MessageType } from '@/lib/messaging/protocol';
import type { PageContext } from '@/lib/model/page-context';

const context: PageContext = {
  origin: 'http://127.0.0.1:4173',
  path: '/person/P123456',
  title: 'Person summary',
  adapter: 'demo',
  personId: 'P123456',
  formName: 'Person summary',
};

function spyHandlers() {
  const handlers = Object.fromEntries(
    Object.keys(ALLOWED_SENDERS).map((type) => [type, vi.fn(async () => ({ handled: type }))]),
  ) as unknown as Record<MessageType, Mock> & Handlers;
  handlers['page/context'].mockResolvedValue({ stored: true });
  return handlers;
}

const extension = { role: 'extension' as const, tabId: 7 };
const page = { role: 'page' as const, tabId: 7 };

describe('message router', () => {
  it('passes a valid message from an allowed sender to its handler', async () => {
    const handlers = spyHandlers();
    const reply = await createRouter(handlers)({ type: 'page/context', context }, page);
    expect(reply).toEqual({ ok: true, data: { stored: true } });
    expect(handlers['page/context']).toHaveBeenCalledWith(
      { type: 'page/context', context },
      { ...page, url: null },
    );
  });

  it.each([
    ['no object', 'hello', 'invalid-message', /^Margin refused a request it could not read\.$/, undefined],
    ['no type', { text: 'x' }, 'invalid-message', /could not read/, undefined],
    [
      'unknown type',
      { type: 'note/erase-all' },
      'unknown-type',
      /^Margin refused a request it does not know\.$/,
      undefined,
    ],
    ['prototype key as type', { type: 'toString' }, 'unknown-type', /does not know/, undefined],
    [
      'missing field',
      { type: 'note/create', context },
      'invalid-message',
      /^Margin could not save the note: the text is missing\.$/,
      'text',
    ],
    [
      'empty text',
      { type: 'note/create', text: '   ', context },
      'invalid-message',
      /^A note needs some text\.$/,
      'text',
    ],
    [
      'extra field',
      { type: 'note/delete', id: crypto.randomUUID(), all: true },
      'invalid-message',
      /“all”/,
      'all',
    ],
    [
      'bad context',
      { type: 'note/create', text: 'x', context: { ...context, origin: 'nope' } },
      'invalid-message',
      /^Margin could not save the note: the site address /,
      'context.origin',
    ],
  ])(
    'refuses a message with %s in plain words and calls no handler',
    async (_label, raw, code, message, field) => {
      const handlers = spyHandlers();
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const reply = await createRouter(handlers)(raw, extension);
      expect(reply).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
      expect(reply.ok ? undefined : reply.error.field).toBe(field);
      expect(reply.ok ? '' : reply.error.message).not.toMatch(/note\/|\.\.|context\./);
      for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
    },
  );

  it('refuses extension-only messages from the in-page script, and unknown senders', async () => {
    const handlers = spyHandlers();
    const route = createRouter(handlers);
    const fromPage = await route({ type: 'note/delete', id: crypto.randomUUID() }, page);
    const fromStranger = await route({ type: 'page/context', context }, { role: null, tabId: null });
    expect(fromPage).toMatchObject({
      ok: false,
      error: {
        code: 'forbidden-sender',
        message: "Margin refused to delete the note: only Margin's own pages may ask for this.",
      },
    });
    expect(fromStranger).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers['note/delete']).not.toHaveBeenCalled();
    expect(handlers['page/context']).not.toHaveBeenCalled();
  });

  it('turns a handler failure into a readable error reply', async () => {
    const handlers = spyHandlers();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    handlers['audit/list'].mockRejectedValueOnce(new Error('disk full'));
    handlers['audit/finish'].mockRejectedValueOnce(new Error('Section 2 is not complete.'));
    const route = createRouter(handlers);
    expect(await route({ type: 'audit/list' }, extension)).toEqual({
      ok: false,
      error: { code: 'failed', message: 'Margin could not load the audits: disk full.' },
    });
    expect(
      await route({ type: 'audit/finish', auditId: crypto.randomUUID(), summary: '' }, extension),
    ).toEqual({
      ok: false,
      error: { code: 'failed', message: 'Margin could not finish the audit: Section 2 is not complete.' },
    });
  });
});

describe('handler errors', () => {
  it('names the field of a validation error and marks write conflicts', async () => {
    const handlers = spyHandlers();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { z } = await import('zod');
    handlers['template/import'].mockImplementationOnce(async () =>
      z.object({ id: z.string() }).parse({ id: 1 }),
    );
    const conflict = Object.assign(new Error('changed elsewhere'), { name: 'ConflictError' });
    handlers['observation/update'].mockRejectedValueOnce(conflict);
    const route = createRouter(handlers);
    expect(await route({ type: 'template/import', template: {} }, extension)).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'Margin could not import the template: the id is not the right kind of value.',
        field: 'id',
      },
    });
    const update = {
      type: 'observation/update',
      id: crypto.randomUUID(),
      expectedUpdatedAt: new Date().toISOString(),
      fields: { auditId: null, kind: 'strength', comment: 'x', evidenceSource: 'other', factors: [] },
    };
    expect(await route(update, extension)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'changed elsewhere' },
    });
  });
});

describe('storage full', () => {
  it('answers a quota error, raw or wrapped by Dexie, with the storage-full message', async () => {
    const { STORAGE_FULL_MESSAGE } = await import('@/lib/storage/storage-full');
    const handlers = spyHandlers();
    const raw = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: raw });
    handlers['audit/list'].mockRejectedValueOnce(raw).mockRejectedValueOnce(wrapped);
    const route = createRouter(handlers);
    for (let i = 0; i < 2; i++)
      expect(await route({ type: 'audit/list' }, extension)).toEqual({
        ok: false,
        error: { code: 'storage-full', message: STORAGE_FULL_MESSAGE },
      });
  });
});
