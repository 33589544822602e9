/**
 * fast-check arbitraries for the message property tests: a valid message of every type the background
 * accepts (checked by the compiler: one entry per message type), the raw senders a browser reports
 * (Margin's pages, its in-page script in a top frame or a sub-frame, another extension, a web page), and
 * structural corruptions of a valid message with the path of the corrupted field.
 */
import fc from 'fast-check';
import { CONSENT_STATES, CONVERSATION_MODES, CONVERSATION_ROLES } from '@/lib/model/conversation';
import { ALLOWED_SENDERS, type Message, type MessageType } from '@/lib/messaging/protocol';
import {
  auditArb,
  flagArb,
  flagFieldsArb,
  noteArb,
  observationArb,
  observationFieldsArb,
  pageContextArb,
  TEMPLATES,
  targetArb,
  text,
  trimmed,
} from '../import/arbitraries';

/** A plain object (never with a null prototype), with only `requiredKeys` always present. */
function rec<T extends object>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }, requiredKeys?: (keyof T)[]) {
  return requiredKeys
    ? fc.record(model, { requiredKeys, noNullPrototype: true })
    : fc.record(model, { noNullPrototype: true });
}

const uuid = fc.uuid({ version: 4 });
const pageKey = text(3000, 1);
const count = fc.integer({ min: 0, max: 1_000_000 });
const short = text(300);

const fieldCountersArb = rec(
  {
    form: short,
    field: text(300, 1),
    tag: text(40, 1),
    inputType: text(40),
    name: short,
    label: short,
    focus: count,
    returns: count,
    dwellMs: fc.integer({ min: 0, max: 86_400_000 }),
    corrections: count,
    pastes: count,
    invalid: count,
    abandoned: count,
    rageClicks: count,
    deadClicks: count,
  },
  [
    'form',
    'field',
    'tag',
    'focus',
    'returns',
    'dwellMs',
    'corrections',
    'pastes',
    'invalid',
    'abandoned',
    'rageClicks',
    'deadClicks',
  ],
);

const batchArb = rec({
  id: uuid,
  // Dates more than a day ahead are refused (background-handlers.test.ts).
  at: fc.date({ noInvalidDate: true, min: new Date(2020, 0), max: new Date() }).map((d) => d.toISOString()),
  fields: fc.array(fieldCountersArb, { maxLength: 2 }),
  page: rec({ errorSummaries: count, timeoutWarnings: count, unsavedExits: count, submits: count }),
});

const frameToken = fc
  .uint8Array({ minLength: 16, maxLength: 16 })
  .map((bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(''));

/** A message of one type, built from its fields (the `type` is added). */
const message = <T extends MessageType>(type: T, fields: fc.Arbitrary<object> = fc.constant({})) =>
  fields.map((rest) => ({ type, ...rest }) as Extract<Message, { type: T }>);

/** What an auditor writes in a conversation record (lib/model/conversation.ts). */
const conversationFieldsArb = rec(
  {
    auditId: uuid,
    withRole: fc.constantFrom(...CONVERSATION_ROLES),
    name: trimmed(200),
    date: fc.constantFrom('2026-12-01', '2025-02-28'),
    mode: fc.constantFrom(...CONVERSATION_MODES),
    consent: fc.constantFrom(...CONSENT_STATES),
    prompts: rec({ episodes: text(2000), ownWords: text(2000), difference: text(2000) }, []),
    factors: fc.array(rec({ factor: text(80, 1), subItem: text(80, 1) }, ['factor']), { maxLength: 3 }),
    observationIds: fc.array(uuid, { maxLength: 3 }),
    sectionIds: fc.array(text(80), { maxLength: 3 }),
  },
  ['auditId', 'withRole', 'date', 'mode', 'prompts', 'factors', 'observationIds', 'sectionIds'],
);
/** A valid message of each type. */
export const VALID_MESSAGES: { [T in MessageType]: fc.Arbitrary<Extract<Message, { type: T }>> } = {
  'page/context': message('page/context', rec({ context: pageContextArb })),
  'page/anchors': message(
    'page/anchors',
    rec({
      pageKey,
      anchored: fc.array(uuid, { maxLength: 3 }),
      orphaned: fc.array(uuid, { maxLength: 3 }),
    }),
  ),
  'page/focus': message('page/focus', rec({ observationId: uuid })),
  'page/config': message('page/config'),
  'page/frame': message('page/frame', rec({ token: frameToken })),
  'page/shortcut': message(
    'page/shortcut',
    rec({ action: fc.constantFrom('add' as const, 'pick' as const) }),
  ),
  'sidebar/hello': message('sidebar/hello', rec({ token: frameToken })),
  'note/create': message('note/create', rec({ text: trimmed(20_000), context: pageContextArb })),
  'note/delete': message('note/delete', rec({ id: uuid })),
  'note/restore': message('note/restore', rec({ note: noteArb })),
  'note/list': message('note/list', rec({ pageKey })),
  'observation/create': message(
    'observation/create',
    rec({ fields: observationFieldsArb, target: targetArb }),
  ),
  'observation/update': message(
    'observation/update',
    rec({
      id: uuid,
      fields: observationFieldsArb,
      expectedUpdatedAt: fc.constant('2025-01-10T09:00:00.000Z'),
    }),
  ),
  'observation/delete': message('observation/delete', rec({ id: uuid })),
  'observation/restore': message('observation/restore', rec({ observation: observationArb })),
  'observation/list': message('observation/list', rec({ pageKey })),
  'observation/list-for-audit': message('observation/list-for-audit', rec({ auditId: uuid })),
  'reply/create': message('reply/create', rec({ observationId: uuid, text: trimmed(5_000) })),
  'reply/update': message(
    'reply/update',
    rec({ id: uuid, text: trimmed(5_000), expectedUpdatedAt: fc.constant('2025-01-10T09:00:00.000Z') }),
  ),
  'reply/delete': message('reply/delete', rec({ id: uuid })),
  'reply/list': message('reply/list', rec({ observationIds: fc.array(uuid, { maxLength: 3 }) })),
  'audit/start': message(
    'audit/start',
    auditArb.map(({ templateId, templateVersion, caseRef }) => ({ templateId, templateVersion, caseRef })),
  ),
  'audit/section': message(
    'audit/section',
    rec({
      auditId: uuid,
      sectionId: text(80, 1),
      result: rec({ grade: text(40), justification: text(20_000), complete: fc.boolean() }, ['complete']),
    }),
  ),
  'audit/finish': message(
    'audit/finish',
    rec({ auditId: uuid, overallGrade: text(40), summary: text(50_000) }, ['auditId', 'summary']),
  ),
  'audit/reopen': message('audit/reopen', rec({ auditId: uuid })),
  'audit/list': message('audit/list'),
  'round/my-cases': message('round/my-cases'),
  'template/list': message('template/list'),
  'template/import': message(
    'template/import',
    rec({ template: fc.oneof(fc.constantFrom(...TEMPLATES), fc.jsonValue()) }),
  ),
  'friction/batch': message('friction/batch', rec({ batch: batchArb, context: pageContextArb })),
  'friction/flag-create': message('friction/flag-create', rec({ fields: flagFieldsArb, target: targetArb })),
  'friction/flag-delete': message('friction/flag-delete', rec({ id: uuid })),
  'friction/flag-restore': message('friction/flag-restore', rec({ flag: flagArb })),
  'observation/history': message('observation/history', rec({ id: uuid })),
  'data/retention': message('data/retention'),
  'data/purge': message('data/purge'),
  'data/delete-everything': message('data/delete-everything', fc.constant({ confirm: 'DELETE' })),
  'friction/summary': message(
    'friction/summary',
    pageContextArb.chain(({ origin }) => rec({ origin: fc.constant(origin), screen: text(2000, 1) })),
  ),
  'conversation/create': message('conversation/create', rec({ fields: conversationFieldsArb })),
  'conversation/update': message(
    'conversation/update',
    rec({
      id: uuid,
      fields: conversationFieldsArb,
      expectedUpdatedAt: fc.constant('2025-01-10T09:00:00.000Z'),
    }),
  ),
  'conversation/delete': message('conversation/delete', rec({ id: uuid })),
  'conversation/list': message('conversation/list', rec({ auditId: uuid })),
  'sync/status': message('sync/status'),
  'sync/now': message('sync/now'),
  'sync/opened': message('sync/opened'),
  'sync/sign-in': message('sync/sign-in', rec({ name: trimmed(200), password: text(1000, 1) })),
  'sync/sign-out': message('sync/sign-out'),
  'sync/conflicts': message('sync/conflicts'),
  'sync/resolve': message(
    'sync/resolve',
    rec({ kind: text(40, 1), id: text(200, 1), keep: fc.constantFrom('local' as const, 'remote' as const) }),
  ),
};

export const MESSAGE_TYPES = Object.keys(VALID_MESSAGES) as MessageType[];
export const validMessageArb: fc.Arbitrary<Message> = fc.oneof(...Object.values(VALID_MESSAGES));

export const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const EXTENSION_BASE = `chrome-extension://${EXTENSION_ID}/`;

/** What `runtime.onMessage` reports about a sender. */
export interface RawSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

const pageUrl = fc.oneof(
  fc.constantFrom('http://127.0.0.1:4173/person/P1', 'https://lcs.northbury.gov.uk/worktray'),
  fc.webUrl(),
);
const tab = rec({ id: fc.nat({ max: 50 }) });

/** Every kind of sender, Margin's and others. */
export const rawSenderArb: fc.Arbitrary<{ kind: string; sender: RawSender }> = fc.oneof(
  fc
    .record({
      path: fc.constantFrom('sidebar.html', 'dashboard.html', 'options.html'),
      tab: fc.option(tab, { nil: undefined }),
    })
    .map(({ path, tab }) => ({
      kind: 'extension page',
      sender: { id: EXTENSION_ID, url: `${EXTENSION_BASE}${path}`, tab, frameId: tab ? 3 : undefined },
    })),
  rec({ url: pageUrl, tab }).map(({ url, tab }) => ({
    kind: 'in-page script, top frame',
    sender: { id: EXTENSION_ID, url, tab, frameId: 0 },
  })),
  rec({ url: pageUrl, tab, frameId: fc.integer({ min: 1, max: 9 }) }).map((sender) => ({
    kind: 'in-page script, sub-frame',
    sender: { id: EXTENSION_ID, ...sender },
  })),
  rec({ id: fc.constantFrom('otherextensionid', `${EXTENSION_ID}x`, ''), url: fc.webUrl() }).map(
    (sender) => ({
      kind: 'another extension',
      sender: { ...sender, url: `chrome-extension://${sender.id}/${sender.url.length}.html` },
    }),
  ),
  rec({ url: pageUrl, tab }).map(({ url, tab }) => ({ kind: 'web page', sender: { url, tab, frameId: 0 } })),
);

/** A random value sent as a message: anything, objects with a known or unknown type, valid messages. */
export const rawMessageArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withTypedArray: true,
  }),
  fc.jsonValue(),
  fc
    .tuple(
      fc.oneof(
        fc.constantFrom(...MESSAGE_TYPES),
        fc.constantFrom('toString', '__proto__', 'constructor', 'note/erase-all'),
        fc.string(),
      ),
      fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), {
        maxKeys: 4,
        noNullPrototype: true,
      }),
    )
    .map(([type, rest]) => ({ ...rest, type })),
  validMessageArb,
  // Messages of the in-page script (5 of the types), so that enough of them come from a top frame.
  fc.oneof(
    ...MESSAGE_TYPES.filter((type) => ALLOWED_SENDERS[type] === 'page').map((type) => VALID_MESSAGES[type]),
  ),
);
