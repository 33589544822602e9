/**
 * Making and checking round packs (lib/rounds/pack-schema.ts). A pack carries the SHA-256 of its own
 * content so that an altered pack is refused: the hash is taken over the pack's canonical JSON without
 * its `hash` field (lib/export/import/canonical.ts: object keys sorted by UTF-16 code units at every
 * level, fields whose value is undefined left out, no white space, strings and numbers as
 * `JSON.stringify` writes them, then UTF-8), so re-indenting the file changes nothing while any changed
 * value does. The hash is tamper-evident, not a signature: it catches a pack edited by hand or damaged
 * in transit, not one rebuilt by someone who recomputes the hash.
 */
import { canonicalJson, sha256Hex } from '../export/import/canonical';
import { describeIssue, capMessages } from '../export/import/issues';
import { readJson } from '../export/import/json-text';
import { farFutureReason, isFarFuture } from '../model/dates';
import { caseKey, refKey, type Assignment, type Auditor, type Candidate, type Round } from '../model/round';
import type { Template } from '../model/template';
import { BUILTIN_TEMPLATES } from '../audit/builtin-templates';
import { ROUND_PACK_FORMAT, ROUND_PACK_VERSION, RoundPackSchema, type RoundPack } from './pack-schema';

/** The hash a pack should carry: `sha256:` and the hex SHA-256 of its canonical JSON without `hash`. */
export async function packHash(pack: Omit<RoundPack, 'hash'> | Record<string, unknown>): Promise<string> {
  const { hash: _hash, ...content } = pack as Record<string, unknown>;
  return `sha256:${await sha256Hex(canonicalJson(content))}`;
}

export interface PackInput {
  round: Round;
  /** The round's template: put in the pack unless Margin ships it (same id and version). */
  template: Template;
  /** An auditor's reference for that auditor's pack, or null for one pack of the whole round. */
  forAuditor: string | null;
  assignments: readonly Assignment[];
  auditors: readonly Auditor[];
  /** The sample (or the whole candidate list): only the rows of the pack's cases are kept. */
  candidates: readonly Candidate[];
  /** When the pack is made (ISO date-time). */
  now: string;
}

/** Builds a pack (for one auditor, or for all), with its hash. */
export async function buildPack(input: PackInput): Promise<RoundPack> {
  const { round, template, forAuditor } = input;
  if (template.id !== round.templateId) {
    throw new Error(`The template ${template.id} is not the round's template (${round.templateId}).`);
  }
  const assignments = input.assignments.filter(
    (a) => a.roundId === round.id && (forAuditor === null || refKey(a.auditorId) === refKey(forAuditor)),
  );
  const cases = new Set(assignments.map((a) => caseKey(a.caseId)));
  const named = new Set(assignments.map((a) => refKey(a.auditorId)));
  if (forAuditor !== null) named.add(refKey(forAuditor));
  const shipped = BUILTIN_TEMPLATES.some((t) => t.id === template.id && t.version === template.version);
  // Auditors are not told the moderation rule (its seed would let them work out the moderation sample).
  const { moderation: _moderation, ...plain } = round;
  const content: Omit<RoundPack, 'hash'> = {
    format: ROUND_PACK_FORMAT,
    formatVersion: ROUND_PACK_VERSION,
    createdAt: input.now,
    round: plain,
    forAuditor,
    auditors: input.auditors.filter((auditor) => named.has(refKey(auditor.id))),
    ...(shipped ? {} : { template }),
    assignments,
    candidates: input.candidates.filter((candidate) => cases.has(caseKey(candidate.caseId))),
  };
  return { ...content, hash: await packHash(content) };
}

/** The text of a pack file: indented JSON and a final line break. */
export function packText(pack: RoundPack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

export type VerifyResult = { ok: true; pack: RoundPack } | { ok: false; error: string };

export interface VerifyOptions {
  /** The file's name, for messages. */
  fileName?: string;
  /** Refuse a pack of any other round. */
  expectedRoundId?: string;
  /** The clock (ms), for the check that the pack was not made in the future. */
  now?: number;
}

/**
 * Reads a pack file, or refuses it in words: not JSON (or too large or too deep: the import limits of
 * lib/export/import/json-text.ts), not a round pack, a newer format, altered (hash mismatch), not the
 * shape of a pack, inconsistent, for another round, or made more than a day in the future.
 */
export async function verifyPack(text: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  const name = options.fileName ?? 'The file';
  const refuse = (error: string): VerifyResult => ({ ok: false, error });
  const read = readJson(text, name);
  if (!read.ok) return refuse(read.error);
  const value = read.value as Record<string, unknown>;
  if (
    value === null ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    value.format !== ROUND_PACK_FORMAT
  ) {
    const isExport = value !== null && typeof value === 'object' && 'schemaVersion' in value;
    return refuse(
      isExport
        ? `${name} is a Margin export of audits, not a round pack: import it with Import on the dashboard.`
        : `${name} is not a Margin round pack: ask the QA lead for the round pack file.`,
    );
  }
  if (value.formatVersion !== ROUND_PACK_VERSION) {
    return refuse(
      typeof value.formatVersion === 'number' && value.formatVersion > ROUND_PACK_VERSION
        ? `${name} was made by a newer version of Margin: update Margin, then import it again.`
        : `${name} is not a round pack this Margin can read: ask the QA lead to export it again.`,
    );
  }
  if (typeof value.hash !== 'string' || value.hash !== (await packHash(value))) {
    return refuse(
      `${name} has been altered since the QA lead exported it (its content no longer matches its ` +
        'check code), so Margin does not import it. Ask the QA lead to export the pack again.',
    );
  }
  const parsed = RoundPackSchema.safeParse(value);
  if (!parsed.success) {
    const problems = capMessages(parsed.error.issues.map((issue) => describeIssue(name, issue, value)));
    return refuse(`${name} is not a valid round pack: ${problems.join('; ')}`);
  }
  const pack = parsed.data;
  const inconsistency = packInconsistency(pack);
  if (inconsistency) return refuse(`${name} is not a valid round pack: ${inconsistency}.`);
  if (options.expectedRoundId !== undefined && pack.round.id !== options.expectedRoundId) {
    return refuse(`${name} is the pack of another round ("${pack.round.name}"), not of this one.`);
  }
  const now = options.now ?? Date.now();
  if (isFarFuture(pack.createdAt, now)) return refuse(`${name}: ${farFutureReason(pack.createdAt, now)}.`);
  return { ok: true, pack };
}

/** What a well-formed pack may still get wrong, or null. */
function packInconsistency(pack: RoundPack): string | null {
  const auditors = new Set(pack.auditors.map((a) => refKey(a.id)));
  const cases = new Set(pack.candidates.map((c) => caseKey(c.caseId)));
  if (cases.size !== pack.candidates.length) return 'a case is listed more than once';
  if (pack.template && pack.template.id !== pack.round.templateId) return "the template is not the round's";
  if (pack.forAuditor !== null && !auditors.has(refKey(pack.forAuditor)))
    return 'the auditor it is for is missing';
  const assigned = new Set<string>();
  for (const a of pack.assignments) {
    if (a.roundId !== pack.round.id) return `the assignment of case ${a.caseId} belongs to another round`;
    if (!auditors.has(refKey(a.auditorId))) return `the auditor of case ${a.caseId} is missing`;
    if (!cases.has(caseKey(a.caseId))) return `case ${a.caseId} is assigned but not listed`;
    if (pack.forAuditor !== null && refKey(a.auditorId) !== refKey(pack.forAuditor)) {
      return `case ${a.caseId} is assigned to someone else`;
    }
    if (assigned.has(caseKey(a.caseId))) return `case ${a.caseId} is assigned twice`;
    assigned.add(caseKey(a.caseId));
  }
  if (assigned.size !== cases.size) return 'it lists cases that are not assigned';
  return null;
}
