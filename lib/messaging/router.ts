/**
 * The background's message router: checks the sender, validates the message against its schema, and
 * only then calls the handler. Anything refused gets an error reply and reaches no handler, so it
 * cannot write anything.
 */
import { z } from 'zod';
import { isStorageFull, STORAGE_FULL_MESSAGE } from '../storage/storage-full';
import {
  ALLOWED_SENDERS,
  MessageSchema,
  type Message,
  type MessageType,
  type Reply,
  type Responses,
  type SenderRole,
} from './protocol';

/** What a handler learns about who sent the message. */
export interface SenderInfo {
  role: SenderRole;
  tabId: number | null;
  /** URL of the sending document (the case-system page for `page` messages). */
  url: string | null;
  /** The sending document's frame (`sidebar` senders). */
  frameId?: number;
  documentId?: string | null;
}

/** The sender as the background classified it (lib/messaging/sender.ts, lib/background/frame-claims.ts). */
export interface RawSender extends Omit<SenderInfo, 'role' | 'url'> {
  role: SenderRole | null;
  url?: string | null;
  /** A `sidebar` sender holds its tab's live frame token. */
  claimed?: boolean;
}

/** Whether a sender in `sender` may send a message that `allowed` may send. */
function maySend(allowed: SenderRole, sender: RawSender): boolean {
  if (allowed === 'extension' && sender.role === 'sidebar') return sender.claimed === true;
  return sender.role === allowed;
}

const REFUSALS: Record<SenderRole, string> = {
  page: "only Margin's in-page script may send it",
  extension: "only Margin's own pages may send it",
  sidebar: "only Margin's sidebar may send it",
};
const NOT_MOUNTED = 'this sidebar was not opened by Margin on this page, so it can show and change nothing';

export type Handlers = {
  [T in MessageType]: (message: Extract<Message, { type: T }>, sender: SenderInfo) => Promise<Responses[T]>;
};

const TypeProbe = z.object({ type: z.string() });

/** Zod errors are recognised by shape: an error may cross realms or module copies, where instanceof fails. */
function isZodError(error: unknown): error is z.ZodError {
  return error instanceof Error && Array.isArray((error as { issues?: unknown }).issues);
}

/** Formats Zod issues as "field: reason" lines a person can act on. */
export function describeIssues(error: Pick<z.ZodError, 'issues'>): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'message'}: ${issue.message}`)
    .join('; ');
}

/**
 * Builds the function that answers one raw message. Guarantees: unknown types, malformed messages and
 * messages from a sender not allowed for their type are refused with a clear error; handler failures
 * become `failed` replies instead of unhandled rejections.
 */
export function createRouter(handlers: Handlers) {
  return async function route(raw: unknown, sender: RawSender): Promise<Reply<unknown>> {
    const probe = TypeProbe.safeParse(raw);
    if (!probe.success) {
      return refuse('invalid-message', 'Margin refused a message without a "type" field.');
    }
    const type = probe.data.type;
    if (!Object.hasOwn(ALLOWED_SENDERS, type)) {
      return refuse('unknown-type', `Margin refused a message of unknown type "${type.slice(0, 80)}".`);
    }
    const allowed = ALLOWED_SENDERS[type as MessageType];
    if (!maySend(allowed, sender) || sender.role === null) {
      const why = sender.role === 'sidebar' ? NOT_MOUNTED : REFUSALS[allowed];
      return refuse('forbidden-sender', `Margin refused "${type}": ${why}.`);
    }
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success) {
      return refuse('invalid-message', `Margin refused "${type}": ${describeIssues(parsed.error)}.`);
    }
    const message = parsed.data;
    try {
      const handler = handlers[message.type] as (m: Message, s: SenderInfo) => Promise<unknown>;
      return {
        ok: true,
        data: await handler(message, {
          role: sender.role,
          tabId: sender.tabId,
          url: sender.url ?? null,
          frameId: sender.frameId,
          documentId: sender.documentId,
        }),
      };
    } catch (error) {
      if (error instanceof Error && error.name === 'ConflictError') return refuse('conflict', error.message);
      if (error instanceof Error && error.name === 'FrameRefusedError')
        return refuse('forbidden-sender', error.message);
      if (isStorageFull(error)) return refuse('storage-full', STORAGE_FULL_MESSAGE);
      const reason = isZodError(error)
        ? describeIssues(error)
        : error instanceof Error
          ? error.message
          : String(error);
      return refuse('failed', `Margin could not complete "${type}": ${reason}`);
    }
  };
}

function refuse(code: Exclude<Reply<never>, { ok: true }>['error']['code'], message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}
