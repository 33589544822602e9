/**
 * The two privacy options of an export (domain notes §8). The export (export-stream.ts) applies them
 * record by record, the round report to its data in memory (`applyPrivacy`), the same way, so every
 * format (Margin JSON, JSON-LD, CSV) and the report carry the same reduced data.
 *
 * `redactQuotes` touches: observations' and friction flags' `target.quote` (removed) and their
 * TextQuoteSelectors (dropped, with exact/prefix/suffix). Nothing else: comments stay.
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
  const redacted = options.redactQuotes ? redactQuotes(data) : data;
  if (!options.pseudonymise) return redacted;
  if (!key) throw new Error('Pseudonymising needs the pseudonym key (getPseudonymKey()).');
  const recording = recordingNamer();
  names.forEach(recording.author);
  pseudonymiseData(redacted, recording);
  return pseudonymiseData(redacted, await resolvedNamer(key, recording.values));
}
