/**
 * The background's message router: checks the sender, validates the message against its schema, and
 * only then calls the handler. Anything refused gets an error reply and reaches no handler, so it
 * cannot write anything. What a reply says is written for the person using Margin: what Margin could
 * not do in words (actions.ts) and why, never a message type or a field path; a validation refusal
 * keeps the bad field's path apart, in `field`, and developers get the details in the console.
 */
import { z } from 'zod';
import { isStorageFull, STORAGE_FULL_MESSAGE } from '../storage/storage-full';
import { couldNot, refusedTo, sentence } from './actions';
import { isSentence, issueInWords, issuePath } from './issue-words';
import {
  ALLOWED_SENDERS,
  MessageSchema,
  type ErrorCode,
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
  page: "only Margin's in-page script may ask for this",
  extension: "only Margin's own pages may ask for this",
  sidebar: "only Margin's sidebar may ask for this",
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

/** Formats Zod issues as "field.path: reason" lines, for developers and template authors. */
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
      console.warn('Margin refused a message without a "type" field.');
      return refuse('invalid-message', 'Margin refused a request it could not read.');
    }
    const type = probe.data.type;
    if (!Object.hasOwn(ALLOWED_SENDERS, type)) {
      console.warn(`Margin refused a message of unknown type "${type.slice(0, 80)}".`);
      return refuse('unknown-type', 'Margin refused a request it does not know.');
    }
    const known = type as MessageType;
    const allowed = ALLOWED_SENDERS[known];
    if (!maySend(allowed, sender) || sender.role === null) {
      const why = sender.role === 'sidebar' ? NOT_MOUNTED : REFUSALS[allowed];
      return refuse('forbidden-sender', refusedTo(known, why));
    }
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success) {
      console.warn(`Margin refused "${type}": ${describeIssues(parsed.error)}`);
      return invalid(known, parsed.error);
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
      if (isZodError(error)) {
        console.warn(`Margin could not complete "${type}": ${describeIssues(error)}`);
        const [first] = error.issues;
        const reason = first ? issueInWords(first) : 'something in it is not valid';
        return refuse('failed', couldNot(known, reason), first && issuePath(first));
      }
      const reason = error instanceof Error ? error.message : String(error);
      console.warn(`Margin could not complete "${type}":`, error);
      return refuse('failed', couldNot(known, reason));
    }
  };
}

/**
 * A validation refusal: the schema's own sentence when it has one for people ("Write the observation
 * first."), else what could not be done and the field in words. The path of the first bad field goes
 * in `field`.
 */
function invalid(type: MessageType, error: z.ZodError): Reply<never> {
  const [first] = error.issues;
  if (!first) return refuse('invalid-message', refusedTo(type, 'something in it is not valid'));
  const words = issueInWords(first);
  const message = isSentence(first.message) ? sentence(words) : couldNot(type, words);
  return refuse('invalid-message', message, issuePath(first));
}

function refuse(code: ErrorCode, message: string, field?: string): Reply<never> {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}
