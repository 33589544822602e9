/**
 * What personal data a change-log file holds, in words, for its manifest (domain notes §8: every
 * export states it). Built from the kinds the file really holds and the privacy options applied.
 */
import type { ExportOptions } from './bundle-schema';

const HOLDS: Record<string, string> = {
  audit: 'audits (person or case IDs, auditors, grades, justifications and summaries)',
  observation: 'observations (the screen and person ID, authors, comments, follow-ups)',
  conversation: 'conversations (who was spoken with, by role, and what was learnt)',
  finding: 'findings (systemic statements and the evidence for them)',
  moderation: 'moderation records (first auditors and moderators, grades, agreed outcomes)',
  round: 'audit rounds (owner, theme and purpose)',
  'friction-flag': 'friction flags (the screen, authors, comments and work-arounds)',
  'friction-counters': 'friction counters (counts per form field and day, per device; no values typed)',
};

/** The statement for a file holding `counts` lines per kind, `deleted` of them tombstones. */
export function changeLogStatement(
  counts: Readonly<Record<string, number>>,
  deleted: number,
  options: ExportOptions,
): string {
  const kinds = Object.keys(counts).filter((kind) => (counts[kind] ?? 0) > 0);
  if (kinds.length === 0) return 'Holds no records, so no personal data.';
  const parts = [`Holds ${kinds.map((kind) => HOLDS[kind] ?? kind).join('; ')}.`];
  parts.push(
    options.pseudonymise
      ? 'Names of auditors and practitioners are pseudonyms (author-…), person IDs too (person-…), also where they appear in free text; other names written in free text are not detected.'
      : 'Names of auditors and practitioners and person IDs appear as recorded.',
  );
  if (kinds.includes('observation') || kinds.includes('friction-flag'))
    parts.push(
      options.redactQuotes ? 'Quoted case-record text is left out.' : 'Quoted case-record text is included.',
    );
  parts.push(
    'Each line names its device by a random id and its author by a pseudonym of this device.' +
      (deleted > 0 ? ` ${deleted} lines are deletions, which hold no record content.` : ''),
  );
  return parts.join(' ');
}
