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

/** What personal data the report (or the round data of an export) holds, in words, for its reader. */
export function roundPersonalData(options: Pick<ExportOptions, 'pseudonymise'>): string {
  return options.pseudonymise
    ? 'Practitioners are not named: the round’s owner, its auditors and the case holders appear as keyed ' +
        'pseudonyms (author-…), and case IDs as person-… pseudonyms; names Margin knows are replaced inside ' +
        'comments and actions too (other names written there are not detected). It quotes what auditors ' +
        'wrote, never the case record.'
    : 'This copy is not pseudonymised: it names the round’s owner and its auditors and shows case IDs, and ' +
        'quotes what auditors wrote (which may name people). Pseudonymise it before sharing it beyond the ' +
        'people entitled to see the cases.';
}
