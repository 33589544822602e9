/**
 * Making and checking the moderation files (lib/moderation/pack-schema.ts). The pack is built from the
 * drawn audits with every grade, justification and summary stripped, so the blind grading is blind by
 * construction: what the moderator's Margin never receives it cannot show. Both files carry the hash of
 * their canonical JSON (the round pack's method, lib/rounds/pack.ts) and are refused, in words and with
 * nothing written, when altered, of another kind, of another round, or malformed.
 */
import type { z } from 'zod';
import { BUILTIN_TEMPLATES } from '../audit/builtin-templates';
import { capMessages, describeIssue } from '../export/import/issues';
import { readJson } from '../export/import/json-text';
import type { Audit } from '../model/audit';
import type { Grades } from '../model/moderation';
import type { Observation } from '../model/observation';
import type { Round } from '../model/round';
import type { Template } from '../model/template';
import { packHash } from '../rounds/pack';
import {
  MODERATION_FILE_VERSION,
  MODERATION_PACK_FORMAT,
  MODERATION_OUTCOMES_FORMAT,
  MODERATION_RETURN_FORMAT,
  ModerationOutcomesSchema,
  ModerationPackSchema,
  ModerationReturnSchema,
  type ModerationOutcomes,
  type BlindObservation,
  type ModerationPack,
  type ModerationReturn,
} from './pack-schema';
import type { ModerationRecord } from '../model/moderation';

export interface ModerationPackInput {
  /** The round, with its moderation rule: its observations are put in only when the rule shows them. */
  round: Round;
  template: Template;
  moderator: string;
  seed: string;
  /** The drawn audits, in the order drawn. */
  audits: readonly Audit[];
  /** The first auditor's observations, by audit id. */
  observations?: ReadonlyMap<string, readonly Observation[]>;
  now: string;
}

/** An observation without its grade, its follow-up, its author or where it was anchored. */
export function blindObservation(o: Observation): BlindObservation {
  return {
    ...(o.sectionId ? { sectionId: o.sectionId } : {}),
    kind: o.kind,
    comment: o.comment,
    evidenceSource: o.evidenceSource,
    factors: o.factors,
    ...(o.target.quote ? { quote: o.target.quote } : {}),
  };
}

/** Builds the moderator's pack: the drawn audits, blinded, with the hash. */
export async function buildModerationPack(input: ModerationPackInput): Promise<ModerationPack> {
  const shipped = BUILTIN_TEMPLATES.some(
    (t) => t.id === input.template.id && t.version === input.template.version,
  );
  const visible = input.round.moderation?.observationsVisible === true;
  const content: Omit<ModerationPack, 'hash'> = {
    format: MODERATION_PACK_FORMAT,
    formatVersion: MODERATION_FILE_VERSION,
    createdAt: input.now,
    round: input.round,
    moderator: input.moderator,
    seed: input.seed,
    ...(shipped ? {} : { template: input.template }),
    audits: input.audits.map((audit) => ({
      auditId: audit.id,
      templateId: audit.templateId,
      templateVersion: audit.templateVersion,
      caseRef: audit.caseRef,
      ...(visible ? { observations: (input.observations?.get(audit.id) ?? []).map(blindObservation) } : {}),
    })),
  };
  return { ...content, hash: await packHash(content) };
}

/** Builds the moderator's return file from their blind grades. */
export async function buildModerationReturn(input: {
  roundId: string;
  moderator: string;
  grades: readonly { auditId: string; grades: Grades; gradedAt: string }[];
  now: string;
}): Promise<ModerationReturn> {
  const content: Omit<ModerationReturn, 'hash'> = {
    format: MODERATION_RETURN_FORMAT,
    formatVersion: MODERATION_FILE_VERSION,
    createdAt: input.now,
    roundId: input.roundId,
    moderator: input.moderator,
    grades: [...input.grades],
  };
  return { ...content, hash: await packHash(content) };
}

/** Builds an auditor's outcomes file: their records that have an agreed outcome (none: undefined). */
export async function buildModerationOutcomes(input: {
  round: Round;
  auditor: string;
  records: readonly ModerationRecord[];
  now: string;
}): Promise<ModerationOutcomes | undefined> {
  const records = input.records.filter((r) => r.agreed && r.auditor === input.auditor);
  if (records.length === 0) return undefined;
  const content: Omit<ModerationOutcomes, 'hash'> = {
    format: MODERATION_OUTCOMES_FORMAT,
    formatVersion: MODERATION_FILE_VERSION,
    createdAt: input.now,
    roundId: input.round.id,
    roundName: input.round.name,
    auditor: input.auditor,
    records,
  };
  return { ...content, hash: await packHash(content) };
}

/** A moderation file's text: indented JSON and a final line break. */
export const moderationFileText = (file: ModerationPack | ModerationReturn | ModerationOutcomes) =>
  `${JSON.stringify(file, null, 2)}\n`;

export type Verified<T> = { ok: true; file: T } | { ok: false; error: string };

const KINDS = {
  [MODERATION_PACK_FORMAT]: { what: 'moderation pack', from: 'the QA lead', schema: ModerationPackSchema },
  [MODERATION_RETURN_FORMAT]: {
    what: 'moderation return',
    from: 'the moderator',
    schema: ModerationReturnSchema,
  },
  [MODERATION_OUTCOMES_FORMAT]: {
    what: 'moderation outcomes file',
    from: 'the QA lead',
    schema: ModerationOutcomesSchema,
  },
} as const;

async function verify<T>(
  text: string,
  format: keyof typeof KINDS,
  name: string,
  roundOf: (file: T) => string,
  expectedRoundId: string | undefined,
): Promise<Verified<T>> {
  const { what, from, schema } = KINDS[format];
  const refuse = (error: string): Verified<T> => ({ ok: false, error });
  const read = readJson(text, name);
  if (!read.ok) return refuse(read.error);
  const value = read.value as Record<string, unknown> | null;
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value.format !== format) {
    return refuse(`${name} is not a Margin ${what}: ask ${from} for the ${what} file.`);
  }
  if (value.formatVersion !== MODERATION_FILE_VERSION) {
    return refuse(`${name} is a ${what} this Margin cannot read: update Margin or ask for it again.`);
  }
  if (typeof value.hash !== 'string' || value.hash !== (await packHash(value))) {
    return refuse(
      `${name} has been altered since ${from} exported it (its content no longer matches its check code), ` +
        `so Margin does not import it. Ask ${from} to export it again.`,
    );
  }
  const parsed = (schema as z.ZodType).safeParse(value);
  if (!parsed.success) {
    const problems = capMessages(parsed.error.issues.map((issue) => describeIssue(name, issue, value)));
    return refuse(`${name} is not a valid ${what}: ${problems.join('; ')}`);
  }
  const file = parsed.data as T;
  if (expectedRoundId !== undefined && roundOf(file) !== expectedRoundId) {
    return refuse(`${name} is the ${what} of another round, not of this one.`);
  }
  return { ok: true, file };
}

/**
 * Reads a moderation pack, or refuses it in words; also refused when it holds observations although
 * its round keeps the first auditor's observations from the moderator.
 */
export async function verifyModerationPack(
  text: string,
  options: { fileName?: string; expectedRoundId?: string } = {},
): Promise<Verified<ModerationPack>> {
  const name = options.fileName ?? 'The file';
  const read = await verify<ModerationPack>(
    text,
    MODERATION_PACK_FORMAT,
    name,
    (pack) => pack.round.id,
    options.expectedRoundId,
  );
  if (
    read.ok &&
    !read.file.round.moderation?.observationsVisible &&
    read.file.audits.some((a) => a.observations)
  )
    return {
      ok: false,
      error: `${name} is not a valid moderation pack: it holds the first auditor's observations, which its round keeps from the moderator.`,
    };
  return read;
}

/** Reads a moderation return, or refuses it in words (another round's return included). */
export function verifyModerationReturn(
  text: string,
  options: { fileName?: string; expectedRoundId?: string } = {},
) {
  return verify<ModerationReturn>(
    text,
    MODERATION_RETURN_FORMAT,
    options.fileName ?? 'The file',
    (file) => file.roundId,
    options.expectedRoundId,
  );
}

/** Reads an outcomes file, or refuses it in words. */
export function verifyModerationOutcomes(text: string, options: { fileName?: string } = {}) {
  return verify<ModerationOutcomes>(
    text,
    MODERATION_OUTCOMES_FORMAT,
    options.fileName ?? 'The file',
    (file) => file.roundId,
    undefined,
  );
}
