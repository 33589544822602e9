/**
 * Each exchanged kind's record as stored (lib/exchange/kinds.ts), for checking what the council server
 * sends before it is written: the kind's own strict Zod schema, plus the index fields its table adds
 * (a friction flag's `screenRef`), and the field holding the record's primary key.
 */
import { z } from 'zod';
import { AuditSchema } from '../model/audit';
import { ConversationSchema } from '../model/conversation';
import { FindingSchema } from '../model/finding';
import { CounterRowSchema, FrictionFlagSchema } from '../model/friction';
import { ModerationRecordSchema } from '../model/moderation';
import { ObservationSchema } from '../model/observation';
import { RoundSchema } from '../model/round';

export interface RecordShape {
  schema: z.ZodType;
  /** The record's field that is its primary key (its id in the change log). */
  key: string;
}

/** By kind name. */
export const RECORD_SHAPES: Readonly<Record<string, RecordShape>> = {
  audit: { schema: AuditSchema, key: 'id' },
  observation: { schema: ObservationSchema, key: 'id' },
  conversation: { schema: ConversationSchema, key: 'id' },
  finding: { schema: FindingSchema, key: 'id' },
  moderation: { schema: ModerationRecordSchema, key: 'auditId' },
  round: { schema: RoundSchema, key: 'id' },
  'friction-flag': { schema: FrictionFlagSchema.extend({ screenRef: z.string() }), key: 'id' },
  'friction-counters': { schema: CounterRowSchema, key: 'key' },
};
