/**
 * The messages the background accepts: one Zod schema per message type (in messages/, by capability),
 * who may send it, and what it answers. The single source of truth for the internal protocol.
 *
 * `page` messages come from the in-page script (its strings are controlled by the host page);
 * `extension` messages come from Margin's own pages (sidebar, dashboard, options).
 */
import { z } from 'zod';
import type { PageContext } from '../model/page-context';
import type { Note } from '../model/note';
import type { Observation } from '../model/observation';
import type { Reply as ObservationReply } from '../model/reply';
import type { Audit } from '../model/audit';
import type { AssignedCase } from '../rounds/my-cases';
import type { Template } from '../model/template';
import type { PageConfig } from '../page-bridge/page-config';
import { PageMessages } from './messages/page';
import { NoteMessages } from './messages/notes';
import { ObservationMessages } from './messages/observations';
import { ReplyMessages } from './messages/replies';
import { AuditMessages } from './messages/audits';
import { FrictionMessages } from './messages/friction';
import { DataMessages } from './messages/data';
import { ConversationMessages } from './messages/conversations';
import { SyncMessages } from './messages/sync';
import type { SyncConflict } from '../team-sync/engine-port';
import type { SyncStatus } from '../team-sync/status';
import type { SyncTarget } from '../team-sync/sync-target';
import type { Conversation } from '../model/conversation';
import type { PurgeCounts } from '../storage/retention';
import type { LastPurge, Retention } from '../settings/retention';
import type { HistoryEntry } from '../storage/history';
import type { FrictionFlag } from '../model/friction';
import type { FieldSummary } from '../storage/friction-counters';

export const MessageSchema = z.discriminatedUnion('type', [
  ...PageMessages,
  ...NoteMessages,
  ...ObservationMessages,
  ...ReplyMessages,
  ...AuditMessages,
  ...FrictionMessages,
  ...DataMessages,
  ...ConversationMessages,
  ...SyncMessages,
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

/**
 * `page`: the in-page script in a tab's top frame. `extension`: Margin's own pages, and the sidebar
 * frame that claimed its tab's frame token (lib/background/frame-claims.ts). `sidebar`: any sidebar
 * document in a tab, claimed or not; it may only greet (and so claim).
 */
export type SenderRole = 'page' | 'extension' | 'sidebar';

/** Who may send each message type. A message from anyone else is refused before it is parsed further. */
export const ALLOWED_SENDERS: Record<MessageType, SenderRole> = {
  'page/context': 'page',
  'page/anchors': 'page',
  'page/focus': 'page',
  'page/config': 'page',
  'page/frame': 'page',
  'page/shortcut': 'page',
  'sidebar/hello': 'sidebar',
  'note/create': 'extension',
  'note/delete': 'extension',
  'note/restore': 'extension',
  'note/list': 'extension',
  'observation/create': 'extension',
  'observation/update': 'extension',
  'observation/delete': 'extension',
  'observation/restore': 'extension',
  'observation/list': 'extension',
  'observation/list-for-audit': 'extension',
  'reply/create': 'extension',
  'reply/update': 'extension',
  'reply/delete': 'extension',
  'reply/list': 'extension',
  'audit/start': 'extension',
  'audit/section': 'extension',
  'audit/finish': 'extension',
  'audit/reopen': 'extension',
  'audit/list': 'extension',
  'round/my-cases': 'extension',
  'template/list': 'extension',
  'template/import': 'extension',
  'friction/batch': 'page',
  'friction/flag-create': 'extension',
  'friction/flag-delete': 'extension',
  'friction/flag-restore': 'extension',
  'friction/summary': 'extension',
  'observation/history': 'extension',
  'data/retention': 'extension',
  'data/purge': 'extension',
  'data/delete-everything': 'extension',
  'conversation/create': 'extension',
  'conversation/update': 'extension',
  'conversation/delete': 'extension',
  'conversation/list': 'extension',
  'sync/status': 'extension',
  'sync/now': 'extension',
  'sync/opened': 'extension',
  'sync/sign-in': 'extension',
  'sync/sign-out': 'extension',
  'sync/conflicts': 'extension',
  'sync/resolve': 'extension',
};

/** What each message type answers with when it succeeds. */
export interface Responses {
  'page/context': { stored: true };
  'page/anchors': { stored: true };
  'page/focus': { stored: true };
  'page/config': PageConfig;
  'page/frame': { registered: true };
  'page/shortcut': { stored: true };
  'sidebar/hello': { tabId: number | null; context: PageContext | null };
  'note/create': { note: Note };
  /** The deleted note (for undo), or null when there was none with that id. */
  'note/delete': { note: Note | null };
  'note/restore': { restored: boolean };
  'note/list': { notes: Note[] };
  'observation/create': { observation: Observation };
  'observation/update': { observation: Observation };
  /** The deleted observation and the replies deleted with it (for undo); null when there was none. */
  'observation/delete': { observation: Observation | null; replies: ObservationReply[] };
  'observation/restore': { restored: boolean };
  'observation/list': { observations: Observation[] };
  'observation/list-for-audit': { observations: Observation[] };
  'reply/create': { reply: ObservationReply };
  'reply/update': { reply: ObservationReply };
  /** The deleted reply as it was (its trail keeps only who deleted it and when). */
  'reply/delete': { reply: ObservationReply };
  'reply/list': { replies: ObservationReply[] };
  'audit/start': { audit: Audit };
  'audit/section': { audit: Audit };
  'audit/finish': { audit: Audit };
  'audit/reopen': { audit: Audit };
  'audit/list': { audits: Audit[]; templates: Template[] };
  'round/my-cases': { cases: AssignedCase[] };
  'template/list': { templates: Template[] };
  'template/import': { template: Template };
  'friction/batch': { applied: boolean };
  'friction/flag-create': { flag: FrictionFlag };
  'friction/flag-delete': { flag: FrictionFlag | null };
  'friction/flag-restore': { restored: boolean };
  'friction/summary': {
    flags: FrictionFlag[];
    fields: FieldSummary[];
    page: Record<string, number>;
    days: number;
  };
  /** Earlier versions of an observation and of its replies (edits, deletions, import losers), oldest first. */
  'observation/history': { entries: HistoryEntry[] };
  'data/retention': {
    retention: Retention;
    /** Records last changed before this moment are past the period. */
    cutoff: string;
    purgeable: PurgeCounts;
    lastPurge: LastPurge | null;
  };
  'data/purge': { counts: PurgeCounts };
  'data/delete-everything': { deleted: true };
  'conversation/create': { conversation: Conversation };
  'conversation/update': { conversation: Conversation };
  /** The deleted record (null when there was none). */
  'conversation/delete': { conversation: Conversation | null };
  'conversation/list': { conversations: Conversation[] };
  'sync/status': SyncOverview;
  'sync/now': SyncOverview;
  'sync/opened': { started: boolean };
  'sync/sign-in': SyncOverview;
  'sync/sign-out': SyncOverview;
  'sync/conflicts': { conflicts: SyncConflict[] };
  'sync/resolve': { resolved: true };
}

export type ErrorCode =
  'invalid-message' | 'unknown-type' | 'forbidden-sender' | 'conflict' | 'storage-full' | 'failed';

/**
 * Every answer from the background: data on success, or an error a person can read. `field` is the
 * dotted path of the bad field of a message refused as invalid, for developers and tests; never shown.
 */
export type Reply<T> =
  { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string; field?: string } };

/** Team sync as the sidebar and dashboard show it. */
export interface SyncOverview {
  target: SyncTarget;
  status: SyncStatus;
  /** Local changes waiting to be sent (0 when sync is off). */
  pending: number;
  /** Margin conflicts waiting for a person. */
  conflicts: number;
  /** When the next scheduled run is due. */
  nextRunAt?: string;
}
