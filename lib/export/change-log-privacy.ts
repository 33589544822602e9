/**
 * The change log's privacy options, kind by kind (the same two options as every export: privacy.ts).
 * Kinds Margin JSON also carries reuse its transforms (pseudonymise.ts); moderation records and rounds
 * get theirs here; a kind without its own (conversations, findings, and any kind added to
 * lib/exchange/kinds.ts later) gets the generic one: fields named for a person (`author`, `auditor`,
 * `moderator`, `owner`, `by`, `caseHolder`, …) are names, `personId`/`caseId` person IDs, and every
 * other string free text. Quotes are redacted wherever a record has a `target` (observations, flags).
 */
import type { ModerationRecord } from '../model/moderation';
import type { ObservationTarget } from '../model/observation';
import type { Round } from '../model/round';
import type { Namer } from './namer';
import { pseudonymiseRecord } from './pseudonymise';
import { redactTarget } from './redact';

type Transform = (record: never, n: Namer) => unknown;

function moderation(m: ModerationRecord, n: Namer): ModerationRecord {
  return {
    ...m,
    auditor: n.author(m.auditor),
    moderator: n.author(m.moderator),
    ...(m.agreed ? { agreed: { ...m.agreed, rationale: n.text(m.agreed.rationale) } } : {}),
  };
}

function round(r: Round, n: Namer): Round {
  return {
    ...r,
    owner: n.author(r.owner),
    name: n.text(r.name),
    theme: n.text(r.theme),
    purpose: n.text(r.purpose),
  };
}

const NAME_FIELDS = new Set([
  'author',
  'auditor',
  'moderator',
  'owner',
  'by',
  'caseHolder',
  'practitioner',
  'with',
]);
const PERSON_FIELDS = new Set(['personId', 'caseId']);

/** The generic transform: names, person IDs and free text found by field name, at any depth. */
export function pseudonymiseAny(value: unknown, n: Namer, field = ''): unknown {
  if (typeof value === 'string') {
    if (NAME_FIELDS.has(field)) return n.author(value);
    if (PERSON_FIELDS.has(field)) return n.person(value);
    return n.text(value);
  }
  if (Array.isArray(value)) return value.map((item) => pseudonymiseAny(item, n, field));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, pseudonymiseAny(item, n, key)]));
}

const BY_KIND: Record<string, Transform> = {
  audit: pseudonymiseRecord.audits,
  observation: pseudonymiseRecord.observations,
  'friction-flag': pseudonymiseRecord.frictionFlags,
  'friction-counters': pseudonymiseRecord.frictionCounters,
  moderation,
  round,
};

/** `record` of `kind` with quotes redacted and/or people pseudonymised (no namer: not pseudonymised). */
export function reduceRecord(kind: string, record: unknown, redact: boolean, namer?: Namer): unknown {
  let reduced = record as { target?: ObservationTarget };
  if (redact && reduced.target && Array.isArray(reduced.target.selectors))
    reduced = { ...reduced, target: redactTarget(reduced.target) };
  if (!namer) return reduced;
  const transform = BY_KIND[kind];
  return transform ? transform(reduced as never, namer) : pseudonymiseAny(reduced, namer);
}

/** The record's id as the file gives it: friction counter keys hold screen addresses, so they are pseudonymised whole. */
export function reduceId(kind: string, id: string, namer?: Namer): string {
  return namer && kind === 'friction-counters' ? namer.step(id) : id;
}
