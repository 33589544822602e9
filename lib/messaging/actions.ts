/**
 * What each message asks Margin to do, in words a person reads in an error ("Margin could not finish
 * the audit: …"), so replies never show internal message names. One entry per message type: the
 * Record type makes a missing one a type error, and a unit test checks the phrases.
 */
import type { MessageType } from './protocol';

/** A verb phrase per message type, completing "Margin could not …". */
export const ACTIONS: Record<MessageType, string> = {
  'page/context': 'note which record this page shows',
  'page/anchors': 'note where highlights sit on this page',
  'page/focus': 'note which highlight is in view',
  'page/config': 'load its settings for this page',
  'page/frame': 'open the sidebar on this page',
  'page/shortcut': 'open the sidebar for your shortcut',
  'sidebar/hello': 'connect the sidebar to this page',
  'note/create': 'save the note',
  'note/delete': 'delete the note',
  'note/restore': 'restore the note',
  'note/list': 'load the notes',
  'observation/create': 'save the observation',
  'observation/update': 'save the changes to the observation',
  'observation/delete': 'delete the observation',
  'observation/restore': 'restore the observation',
  'observation/list': 'load the observations',
  'observation/list-for-audit': 'load the audit’s observations',
  'reply/create': 'send the reply',
  'reply/update': 'save the changes to the reply',
  'reply/delete': 'delete the reply',
  'reply/list': 'load the replies',
  'audit/start': 'start the audit',
  'audit/section': 'save the audit section',
  'audit/finish': 'finish the audit',
  'audit/reopen': 'reopen the audit',
  'audit/list': 'load the audits',
  'round/my-cases': 'load your assigned cases',
  'template/list': 'load the audit templates',
  'template/import': 'import the template',
  'friction/batch': 'store the friction counts',
  'friction/flag-create': 'save the friction flag',
  'friction/flag-delete': 'delete the friction flag',
  'friction/flag-restore': 'restore the friction flag',
  'friction/summary': 'load the friction evidence',
  'observation/history': 'load the observation’s history',
  'data/retention': 'load the retention settings',
  'data/purge': 'delete the records past their retention period',
  'data/delete-everything': 'delete everything',
  'conversation/create': 'save the conversation record',
  'conversation/update': 'save the changes to the conversation record',
  'conversation/delete': 'delete the conversation record',
  'conversation/list': 'load the conversation records',
  'sync/status': 'load the team sync status',
  'sync/now': 'sync with your team',
  'sync/opened': 'sync with your team',
  'sync/sign-in': 'sign you in to the council server',
  'sync/sign-out': 'sign you out of the council server',
  'sync/conflicts': 'load the sync conflicts',
  'sync/resolve': 'keep the version you chose',
};

/** "Margin could not <action>: <reason>", ending in exactly one full stop (or the reason's own ! or ?). */
export function couldNot(type: MessageType, reason: string): string {
  return sentence(`Margin could not ${ACTIONS[type]}: ${reason.trim()}`);
}

/** The start of `couldNot`'s sentence ("Margin could not import the template: "), for screens that say it their own way. */
export function couldNotPrefix(type: MessageType): string {
  return `Margin could not ${ACTIONS[type]}: `;
}

/** "Margin refused to <action>: <reason>", ending in exactly one full stop. */
export function refusedTo(type: MessageType, reason: string): string {
  return sentence(`Margin refused to ${ACTIONS[type]}: ${reason.trim()}`);
}

/** `text` ending in one full stop: trailing full stops collapsed, one added after anything but ! or ?. */
export function sentence(text: string): string {
  const trimmed = text.trim().replace(/\.+$/, '');
  return /[!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
