/**
 * How audit rounds are stored (version 8 of lib/storage/db.ts): the row types of the round tables and
 * the plain-English result every round write returns. Candidates and auditors are kept per round (a
 * capacity belongs to one round, and a round pack names the auditors as they were in it), keyed by the
 * round and the compared case ID (`caseKey`) or reference (`refKey`), so a round cannot hold one twice.
 */
import type { z } from 'zod';
import type { Auditor, Candidate, SampleSpec } from '../model/round';
import type { Sample } from '../rounds/sample';
import type { AssignOutcome } from '../rounds/assign';

/** One candidate of a round's list; `row` keeps the list's order. */
export interface StoredCandidate {
  roundId: string;
  key: string;
  row: number;
  candidate: Candidate;
}

/** One auditor of a round; `row` keeps the order they were added in. */
export interface StoredAuditor {
  roundId: string;
  key: string;
  row: number;
  auditor: Auditor;
}

/** What a round's plan holds besides its rows: the list's facts, the sample and the last assignment run. */
export interface RoundPlan {
  roundId: string;
  list?: {
    /** The file's name, or "pasted list". */
    source: string;
    count: number;
    /** The heading of the column read for each field, as the list wrote it. */
    columns: Record<string, string>;
    attributes: string[];
    importedAt: string;
  };
  sample?: { spec: SampleSpec; drawnOn: string; result: Sample };
  /** What the last "Assign automatically" could not do (cases left unassigned, with reasons). */
  assigned?: { at: string; unassigned: AssignOutcome['unassigned'] };
}

/** A write's outcome: done, or refused with problems in plain English and nothing written. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** The messages of a Zod error, one per problem (the round schemas' messages are plain English). */
export function problemsOf(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((issue) => issue.message))];
}
