/**
 * One exported record as the file holds it: quotes redacted and identifiers pseudonymised as the
 * export's options say, then checked against its schema (a ZodError names the file's array and
 * position, as the whole bundle's would).
 */
import { z } from 'zod';
import { AuditSchema } from '../model/audit';
import { CounterRowSchema, FrictionFlagSchema } from '../model/friction';
import { NoteSchema } from '../model/note';
import { ReplySchema } from '../model/reply';
import { ObservationSchema } from '../model/observation';
import { TemplateSchema } from '../model/template';
import type { RecordKey } from './export-records';
import type { Namer } from './namer';
import type { RecordOf } from './personal-data';
import { pseudonymiseRecord } from './pseudonymise';
import { redactTarget } from './redact';

const SCHEMAS: { [K in RecordKey]: z.ZodType<RecordOf[K]> } = {
  audits: AuditSchema,
  observations: ObservationSchema,
  replies: ReplySchema,
  notes: NoteSchema,
  templates: TemplateSchema,
  frictionFlags: FrictionFlagSchema,
  frictionCounters: CounterRowSchema,
};

/** `record` validated as the file's `key[index]`; a ZodError names that place, as the bundle's would. */
export function validated<K extends RecordKey>(key: K, record: RecordOf[K], index: number): RecordOf[K] {
  const result = SCHEMAS[key].safeParse(record);
  if (result.success) return result.data;
  throw new z.ZodError(result.error.issues.map((issue) => ({ ...issue, path: [key, index, ...issue.path] })));
}

/** A record with quotes redacted and identifiers pseudonymised as the options say. */
export function reduce<K extends RecordKey>(
  key: K,
  record: RecordOf[K],
  redact: boolean,
  namer?: Namer,
): RecordOf[K] {
  let reduced = record;
  if (redact && (key === 'observations' || key === 'frictionFlags')) {
    const withTarget = reduced as RecordOf['observations'] | RecordOf['frictionFlags'];
    reduced = { ...withTarget, target: redactTarget(withTarget.target) } as RecordOf[K];
  }
  if (!namer) return reduced;
  const transform = pseudonymiseRecord[key] as unknown as (r: RecordOf[K], n: Namer) => RecordOf[K];
  return transform(reduced, namer);
}
