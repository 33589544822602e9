/**
 * The two privacy options of an export (domain notes §8). The export (export-stream.ts) applies them
 * record by record, the round report to its data in memory (`applyPrivacy`), the same way, so every
 * format (Margin JSON, JSON-LD, CSV) and the report carry the same reduced data.
 *
 * `redactQuotes` touches: observations' and friction flags' `target.quote` (removed) and their
 * TextQuoteSelectors (dropped, with exact/prefix/suffix). Nothing else: comments stay.
 *
 * Conversation records (only when `includeConversations`): see conversation-export.ts.
 *
 * `pseudonymise` touches (a keyed HMAC pseudonym replaces the value, see pseudonym.ts):
 * - person IDs: audits' `caseRef.personId`, every `target.page.personId` / `page.personId`,
 *   `filters.personId` → `person-…`;
 * - step IDs: every `page.stepId` → `id-…`;
 * - names: `author` of observations, replies, notes and flags, audits' `auditor`, `filters.auditor` (and the
 *   bundle's `exportedBy`, pseudonymised by export-file.ts) → `author-…`;
 * - addresses: `page.path`, `pageKey`, friction counters' `screen`/`screenRef`/`screenDay`/`key`,
 *   citations' `evidence[].ref` and `filters.screen`: known IDs replaced, and every other path segment
 *   containing a digit (case, form or document IDs in URLs) → `id-…`;
 * - free text (comments, replies, notes, follow-ups, justifications, summaries, work-arounds, quotes, form names,
 *   field names and labels, CSS selectors): every known person ID, step ID and author name of 3 or more
 *   characters, as a whole word, case-insensitively. Other names in free text are not detected.
 */
import type { ExportData, ExportOptions } from './bundle-schema';
import { recordingNamer, resolvedNamer } from './namer';
import { pseudonymiseData } from './pseudonymise';
import { redactQuotes } from './redact';
import type { Conversation } from '../model/conversation';
import { pseudonymiseConversation, reduceConversation } from './conversation-export';

/**
 * Returns a copy of `data` with quotes redacted and/or identifiers pseudonymised as `options` say;
 * `data` itself is not changed. Pseudonyms depend only on the value and `key`: the same person gets
 * the same pseudonym in every export made with the same key. `names` are further author names to
 * find in free text (the exporter's). Throws when asked to pseudonymise without a key.
 */
export async function applyPrivacy(
  data: ExportData,
  options: ExportOptions,
  key?: CryptoKey,
  names: readonly string[] = [],
): Promise<ExportData> {
  return (await applyPrivacyWithConversations(data, [], options, key, names)).data;
}

/**
 * `applyPrivacy`, and conversation records beside the data: none unless `options.includeConversations`,
 * else reduced like quotes (conversation-export.ts), their names found in all free text when pseudonymising.
 */
export async function applyPrivacyWithConversations(
  data: ExportData,
  conversations: readonly Conversation[],
  options: ExportOptions,
  key?: CryptoKey,
  names: readonly string[] = [],
): Promise<{ data: ExportData; conversations: Conversation[] }> {
  const redacted = options.redactQuotes ? redactQuotes(data) : data;
  const chosen = options.includeConversations ? conversations : [];
  if (!options.pseudonymise)
    return { data: redacted, conversations: chosen.map((c) => reduceConversation(c, options)) };
  if (!key) throw new Error('Pseudonymising needs the pseudonym key (getPseudonymKey()).');
  const recording = recordingNamer();
  names.forEach(recording.author);
  pseudonymiseData(redacted, recording);
  chosen.forEach((c) => pseudonymiseConversation(c, recording));
  const namer = await resolvedNamer(key, recording.values);
  return {
    data: pseudonymiseData(redacted, namer),
    conversations: chosen.map((c) => reduceConversation(c, options, namer)),
  };
}
