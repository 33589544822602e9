/**
 * The round report with the export's privacy options (lib/export/privacy.ts): pseudonymised, the
 * report is built twice, first with a recording namer that notes every case ID and every name (owner,
 * auditors, case holders, authors), then, once their keyed pseudonyms are computed, with the resolved
 * namer, so names written into comments and actions are replaced too, exactly as the Margin JSON export
 * replaces them. The report quotes auditors' comments, never quoted case-record text, so leaving out
 * quotes changes nothing in it. Callers on extension pages pass this profile's key (getPseudonymKey()).
 */
import { recordingNamer, resolvedNamer } from '../export/namer';
import type { ExportOptions } from '../export/bundle-schema';
import type { RoundReportSummary } from '../model/round-report';
import { buildRoundReport, type RoundReportInput } from './report';

/** The report of `input`: pseudonymised with `key` when `options.pseudonymise` (the key is then required). */
export async function roundReportWithPrivacy(
  input: RoundReportInput,
  options: Pick<ExportOptions, 'pseudonymise'>,
  key?: CryptoKey,
  names: readonly string[] = [],
): Promise<RoundReportSummary> {
  const recording = recordingNamer();
  names.forEach(recording.author);
  const plain = buildRoundReport(input, recording);
  if (!options.pseudonymise) return plain;
  if (!key) throw new Error('Pseudonymising needs the pseudonym key (getPseudonymKey()).');
  return buildRoundReport(input, await resolvedNamer(key, recording.values));
}
