/**
 * What passive friction capture produces (counters per field or clicked element and per page, sent to
 * the background in batches) and the thresholds it works with. The types come from the Zod schemas
 * that validate them on the extension side (lib/model/friction.ts, lib/settings/thresholds.ts), by
 * `import type` only: the in-page script uses these, and its bundle stays free of Zod.
 */
export type { FieldCounters, PageCounters, FrictionBatchInput as FrictionBatch } from '../model/friction';
export type { FrictionThresholds } from '../settings/thresholds';
