/**
 * Conversation records in an export: left out unless the exporter chose them (`includeConversations`),
 * then the records of the file's audits, with the same privacy options as quotes. Leaving out quoted
 * text also leaves out a conversation's `name` and the child's or family's own words (`ownWords`);
 * pseudonymising replaces its author and name, and every known person ID, step ID and name in its text.
 * Margin JSON carries them (`conversations`); JSON-LD and CSV never do. The personal-data statement says so.
 */
import type { Table } from 'dexie';
import type { Conversation } from '../model/conversation';
import {
  PERSONAL_DATA_KINDS,
  type ExportOptions,
  type PersonalData,
  type PersonalDataKind,
} from './bundle-schema';
import type { Namer } from './namer';

/** A conversation record without what "leave out quoted text" removes: the name and the family's own words. */
export function redactConversation(c: Conversation): Conversation {
  const { name: _name, ...rest } = c;
  const { ownWords: _ownWords, ...prompts } = c.prompts;
  return { ...rest, prompts };
}

/** A conversation record with its author, name and text passed through `n` (the role stays: it is not personal). */
export function pseudonymiseConversation(c: Conversation, n: Namer): Conversation {
  const prompts = Object.fromEntries(
    Object.entries(c.prompts).map(([key, text]) => [key, text === undefined ? text : n.text(text)]),
  );
  return {
    ...c,
    author: n.author(c.author),
    ...(c.name === undefined ? {} : { name: n.person(c.name) }),
    prompts,
  };
}

/**
 * A conversation record reduced as `options` say (`namer`: when pseudonymising). The namer sees the
 * record before redaction, so a name that is left out is still known, and replaced, in all free text.
 */
export function reduceConversation(c: Conversation, options: ExportOptions, namer?: Namer): Conversation {
  const named = namer ? pseudonymiseConversation(c, namer) : c;
  return options.redactQuotes ? redactConversation(named) : named;
}

/** The conversation records of `auditIds` in `table`, in the order they took place; none unless chosen. */
export async function conversationsOfAudits(
  table: Table<Conversation, string>,
  auditIds: readonly string[],
  options: ExportOptions,
): Promise<Conversation[]> {
  if (!options.includeConversations || auditIds.length === 0) return [];
  const records = await table
    .where('auditId')
    .anyOf([...auditIds])
    .toArray();
  const key = (c: Conversation) => `${c.date}|${c.createdAt}|${c.id}`;
  return records.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The statement with the file's conversation records named (nothing added when there are none). */
export function withConversations(
  personalData: PersonalData,
  conversations: readonly Conversation[],
  options: ExportOptions,
): PersonalData {
  const count = conversations.length;
  if (count === 0) return personalData;
  const added: PersonalDataKind[] = [
    'conversation records with practitioners and families',
    options.pseudonymise ? 'pseudonymised author names' : 'author names',
  ];
  const kinds = new Set<PersonalDataKind>([...personalData.contains, ...added]);
  const how = [
    options.redactQuotes
      ? 'names added on purpose and the child’s or family’s own words were left out'
      : 'they may hold a name the auditor added on purpose and the child’s or family’s own words',
    options.pseudonymise ? 'authors, names and known IDs in their text were pseudonymised' : '',
  ].filter(Boolean);
  const sentence =
    `It holds ${count} conversation record${count === 1 ? '' : 's'} with practitioners and families ` +
    `(the most sensitive text Margin keeps: what people said about the child's case): ${how.join('; ')}.`;
  return {
    summary: `${personalData.summary} ${sentence}`,
    contains: PERSONAL_DATA_KINDS.filter((kind) => kinds.has(kind)),
  };
}
