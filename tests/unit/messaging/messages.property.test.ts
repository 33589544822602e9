// Property-based tests of the background's message router with the real handlers: any value from any
// sender gets a valid reply or a readable refusal, a refused message reaches no handler and changes
// nothing (database, tab state, settings), and a valid message with one field corrupted is refused with
// an error naming that field.
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi, type Mock } from 'vitest';
import { handlers } from '@/lib/background/handlers';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { ALLOWED_SENDERS, MessageSchema, type MessageType, type Reply } from '@/lib/messaging/protocol';
import { senderRole } from '@/lib/messaging/sender';
import { getDb } from '@/lib/storage/db';
import { snapshot } from '../import/support';
import {
  EXTENSION_BASE,
  EXTENSION_ID,
  VALID_MESSAGES,
  rawMessageArb,
  rawSenderArb,
  validMessageArb,
} from './arbitraries';

/** Runs per property (each CI run); chosen so this file stays within ~10 s on two slow shared cores. */
const SENDER_RUNS = 500;
const RANDOM_RUNS = 300;
const CORRUPTED_RUNS = 300;
/** A whole property may take far longer than one test usually does when the machine is busy. */
const PROPERTY_TIMEOUT_MS = 60_000;

const REFUSALS = ['invalid-message', 'unknown-type', 'forbidden-sender'];
const FAILURES = ['conflict', 'failed'];

/** The real handlers, each wrapped in a spy that calls through. */
function spiedHandlers() {
  return Object.fromEntries(
    Object.entries(handlers).map(([type, handler]) => [type, vi.fn(handler)]),
  ) as unknown as Handlers & Record<MessageType, Mock>;
}

const calls = (spies: Record<MessageType, Mock>) =>
  Object.values(spies).reduce((sum, spy) => sum + spy.mock.calls.length, 0);

/** Everything a message could change: every table, tab state (session) and settings (local). */
async function state(): Promise<string> {
  return JSON.stringify({
    db: await snapshot(getDb()),
    session: await fakeBrowser.storage.session.get(null),
    local: await fakeBrowser.storage.local.get(null),
  });
}

/** A reply the sender can receive (it crosses the messaging boundary) and, if a refusal, read. */
function expectReadable(reply: Reply<unknown>): void {
  expect(() => structuredClone(reply)).not.toThrow();
  if (reply.ok) {
    expect(reply).toHaveProperty('data');
    return;
  }
  expect([...REFUSALS, ...FAILURES]).toContain(reply.error.code);
  expect(typeof reply.error.message).toBe('string');
  expect(reply.error.message.trim()).not.toBe('');
  // Plain English for people: no message type names, no field paths, no double full stop.
  expect(reply.error.message).toMatch(/[.!?]$/);
  expect(reply.error.message).not.toMatch(/\.\.|"[a-z]+\/[a-z-]+"/);
}

const knownType = (raw: unknown): MessageType | undefined => {
  const type = raw !== null && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
  return typeof type === 'string' && Object.hasOwn(ALLOWED_SENDERS, type) ? (type as MessageType) : undefined;
};

describe('classifying senders', () => {
  it(
    'trusts only this extension: its own pages, and its in-page script in a tab’s top frame',
    { timeout: PROPERTY_TIMEOUT_MS },
    () => {
      const anySender = fc.oneof(
        rawSenderArb.map(({ sender }) => sender),
        fc.record(
          {
            id: fc.oneof(fc.constant(EXTENSION_ID), fc.string()),
            url: fc.oneof(
              fc.webUrl(),
              fc.string().map((rest) => `${EXTENSION_BASE.slice(0, -1)}${rest}`),
            ),
            tab: fc.record({ id: fc.option(fc.integer(), { nil: undefined }) }),
            frameId: fc.integer({ min: -1, max: 3 }),
          },
          { requiredKeys: [] },
        ),
      );
      fc.assert(
        fc.property(anySender, (sender) => {
          const role = senderRole(sender, EXTENSION_ID, EXTENSION_BASE);
          if (sender.id !== EXTENSION_ID) expect(role).toBeNull();
          if (role === 'extension') expect(sender.url?.startsWith(EXTENSION_BASE)).toBe(true);
          if (role === 'page') expect([sender.frameId, typeof sender.tab?.id]).toEqual([0, 'number']);
        }),
        { numRuns: SENDER_RUNS },
      );
    },
  );
});

describe('any message from any sender', () => {
  it(
    'gets a valid reply or a readable refusal; a refused one reaches no handler and changes nothing',
    { timeout: PROPERTY_TIMEOUT_MS },
    async () => {
      const spies = spiedHandlers();
      const route = createRouter(spies);
      const seen = new Set<string>();
      await fc.assert(
        fc.asyncProperty(rawMessageArb, rawSenderArb, async (raw, { kind, sender }) => {
          const role = senderRole(sender, EXTENSION_ID, EXTENSION_BASE);
          const before = await state();
          vi.clearAllMocks();
          const reply = await route(raw, { role, tabId: sender.tab?.id ?? null, url: sender.url ?? null });
          expectReadable(reply);
          const type = knownType(raw);
          const accepted =
            type !== undefined && ALLOWED_SENDERS[type] === role && MessageSchema.safeParse(raw).success;
          seen.add(`${kind}: ${accepted ? 'accepted' : reply.ok ? '?' : reply.error.code}`);
          if (accepted) {
            expect(spies[type]).toHaveBeenCalledTimes(1);
            expect(calls(spies)).toBe(1);
            // A sidebar's greeting reached its handler, which refuses a document without the live frame token.
            const handlerRefusals = type === 'sidebar/hello' ? ['forbidden-sender'] : [];
            if (!reply.ok) expect([...FAILURES, ...handlerRefusals]).toContain(reply.error.code);
            return;
          }
          expect(reply.ok).toBe(false);
          if (type !== undefined && ALLOWED_SENDERS[type] !== role) {
            expect(reply).toMatchObject({ error: { code: 'forbidden-sender' } });
          }
          expect(calls(spies)).toBe(0);
          expect(await state()).toBe(before);
        }),
        {
          numRuns: RANDOM_RUNS,
          // Besides the random ones, always one message each of Margin's own senders may send.
          examples: [
            [
              fc.sample(VALID_MESSAGES['observation/list'], { numRuns: 1, seed: 1 })[0],
              {
                kind: 'extension page',
                sender: { id: EXTENSION_ID, url: `${EXTENSION_BASE}dashboard.html` },
              },
            ],
            [
              fc.sample(VALID_MESSAGES['page/context'], { numRuns: 1, seed: 1 })[0],
              {
                kind: 'in-page script, top frame',
                sender: {
                  id: EXTENSION_ID,
                  url: 'http://127.0.0.1:4173/person/P1',
                  tab: { id: 7 },
                  frameId: 0,
                },
              },
            ],
          ],
        },
      );
      // Not vacuous: messages from Margin's own senders got through to their handlers.
      expect(seen).toContain('extension page: accepted');
      expect(seen).toContain('in-page script, top frame: accepted');
    },
  );
});

type Path = (string | number)[];
const isNode = (value: unknown): value is Record<string | number, unknown> =>
  value !== null && typeof value === 'object';

/** Every path in a message but its `type` (and inside a template being imported, which may be anything). */
function paths(value: unknown, prefix: Path = []): Path[] {
  if (!isNode(value)) return [];
  return Object.keys(value).flatMap((key) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    if (prefix.length === 0 && (key === 'type' || key === 'template')) return [];
    return [path, ...paths(value[key], path)];
  });
}

const at = (root: unknown, path: Path) =>
  path.reduce<unknown>((node, key) => (isNode(node) ? node[key] : undefined), root);
const EXTRA = 'corruptedField';

/** A valid message with one field of a wrong type, one field dropped, or one unknown field added. */
const corruptedArb = fc
  .record({
    message: validMessageArb,
    kind: fc.constantFrom('wrong-type', 'drop', 'extra-field'),
    pick: fc.nat(),
  })
  .map(({ message, kind, pick }) => {
    const copy = structuredClone(message) as Record<string, unknown>;
    const all = paths(copy);
    const objects = [[], ...all].filter((path) => {
      const node = path.length ? at(copy, path) : copy;
      return isNode(node) && !Array.isArray(node);
    });
    const fields = all.filter((path) => typeof path[path.length - 1] === 'string');
    if (kind === 'extra-field' || all.length === 0) {
      const path = objects[pick % objects.length]!;
      (path.length ? (at(copy, path) as Record<string, unknown>) : copy)[EXTRA] = 1;
      return { message: copy, type: message.type, kind: 'extra-field', path: [...path, EXTRA] };
    }
    const path = (kind === 'drop' ? fields : all)[pick % (kind === 'drop' ? fields : all).length]!;
    const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown>;
    const key = path[path.length - 1]!;
    if (kind === 'drop') delete parent[key];
    else parent[key] = isNode(parent[key]) ? 12345 : { corrupted: true };
    return { message: copy, type: message.type, kind, path };
  });

describe('a valid message with one field corrupted', () => {
  it(
    'is refused naming the field, or (an optional or ignored field) accepted without it',
    { timeout: PROPERTY_TIMEOUT_MS },
    async () => {
      const spies = spiedHandlers();
      const route = createRouter(spies);
      await fc.assert(
        fc.asyncProperty(corruptedArb, async ({ message, type, kind, path }) => {
          const role = ALLOWED_SENDERS[type];
          const before = await state();
          vi.clearAllMocks();
          const reply = await route(message, { role, tabId: 5, url: 'http://127.0.0.1:4173/person/P1' });
          expectReadable(reply);
          const field = path.join('.');
          if (kind === 'wrong-type' || MessageSchema.safeParse(message).success === false) {
            expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
            // The bad field's path travels apart from the words, in `field`.
            expect(reply.ok ? undefined : reply.error.field).toBe(field);
            if (path.length > 1) expect(reply.ok ? '' : reply.error.message).not.toContain(field);
            expect(calls(spies)).toBe(0);
            expect(await state()).toBe(before);
            return;
          }
          // Accepted: an optional field was dropped, or an unknown one added where it is ignored.
          expect(spies[type]).toHaveBeenCalledTimes(1);
          expect(JSON.stringify(spies[type].mock.calls[0]![0])).not.toContain(EXTRA);
        }),
        { numRuns: CORRUPTED_RUNS },
      );
    },
  );
});
