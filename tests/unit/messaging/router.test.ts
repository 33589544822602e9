import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '@/lib/messaging/router';
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
  const handlers = {
    'page/context': vi.fn(async () => ({ stored: true as const })),
    'sidebar/hello': vi.fn(async () => ({ tabId: 1, context: null })),
    'note/create': vi.fn(async () => {
      throw new Error('should not be reached');
    }),
    'note/delete': vi.fn(async () => ({ note: null })),
    'note/restore': vi.fn(async () => ({ restored: true })),
    'note/list': vi.fn(async () => ({ notes: [] })),
  } satisfies Handlers;
  return handlers;
}

const extension = { role: 'extension' as const, tabId: 7 };
const page = { role: 'page' as const, tabId: 7 };

describe('message router', () => {
  it('passes a valid message from an allowed sender to its handler', async () => {
    const handlers = spyHandlers();
    const reply = await createRouter(handlers)({ type: 'page/context', context }, page);
    expect(reply).toEqual({ ok: true, data: { stored: true } });
    expect(handlers['page/context']).toHaveBeenCalledWith({ type: 'page/context', context }, page);
  });

  it.each([
    ['no object', 'hello', 'invalid-message', /without a "type"/],
    ['no type', { text: 'x' }, 'invalid-message', /without a "type"/],
    ['unknown type', { type: 'note/erase-all' }, 'unknown-type', /unknown type "note\/erase-all"/],
    ['prototype key as type', { type: 'toString' }, 'unknown-type', /unknown type/],
    ['missing field', { type: 'note/create', context }, 'invalid-message', /text/],
    ['empty text', { type: 'note/create', text: '   ', context }, 'invalid-message', /needs some text/],
    ['extra field', { type: 'note/delete', id: crypto.randomUUID(), all: true }, 'invalid-message', /all/],
    [
      'bad context',
      { type: 'note/create', text: 'x', context: { ...context, origin: 'nope' } },
      'invalid-message',
      /context\.origin/,
    ],
  ])('refuses a message with %s and calls no handler', async (_label, raw, code, message) => {
    const handlers = spyHandlers();
    const reply = await createRouter(handlers)(raw, extension);
    expect(reply).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('refuses extension-only messages from the in-page script, and unknown senders', async () => {
    const handlers = spyHandlers();
    const route = createRouter(handlers);
    const fromPage = await route({ type: 'note/delete', id: crypto.randomUUID() }, page);
    const fromStranger = await route({ type: 'page/context', context }, { role: null, tabId: null });
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(fromStranger).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers['note/delete']).not.toHaveBeenCalled();
    expect(handlers['page/context']).not.toHaveBeenCalled();
  });

  it('turns a handler failure into a readable error reply', async () => {
    const handlers = spyHandlers();
    handlers['sidebar/hello'].mockRejectedValueOnce(new Error('disk full'));
    const reply = await createRouter(handlers)({ type: 'sidebar/hello' }, extension);
    expect(reply).toEqual({
      ok: false,
      error: { code: 'failed', message: 'Margin could not complete "sidebar/hello": disk full' },
    });
  });
});
