/**
 * The plain parts of the round model (lib/model/round.ts), kept free of Zod so that the round view's
 * first paint loads no schema: a round's statuses and the moves allowed between them, and how case IDs
 * and references are compared. lib/model/round.ts re-exports all of it beside its schemas.
 */
export const ROUND_STATUSES = ['planning', 'open', 'moderation', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/**
 * Where a round may go from each status. Forward one step at a time; back from moderation to open
 * (late or returned work). A closed round stays closed, and nothing goes back to planning: once open,
 * auditors hold packs drawn from its sample.
 */
const MOVES: Record<RoundStatus, readonly RoundStatus[]> = {
  planning: ['open'],
  open: ['moderation'],
  moderation: ['open', 'closed'],
  closed: [],
};

/** The statuses a round in `from` may move to. */
export function nextStatuses(from: RoundStatus): readonly RoundStatus[] {
  return MOVES[from];
}

/** Why a round cannot move from `from` to `to`, or null when it may. */
export function statusMoveError(from: RoundStatus, to: RoundStatus): string | null {
  if (MOVES[from].includes(to)) return null;
  if (from === to) return `The round is already ${from === 'moderation' ? 'in moderation' : from}.`;
  if (from === 'closed') return 'The round is closed: it cannot be changed.';
  return `A round that is ${from === 'moderation' ? 'in moderation' : from} can move only to ${MOVES[from].join(' or ')}.`;
}

/**
 * How case IDs are compared (duplicates, audit history, audits of a case): spaces at either end and
 * letter case ignored, so `p123456 ` is `P123456`.
 */
export function caseKey(caseId: string): string {
  return caseId.trim().toUpperCase();
}

/**
 * How people and teams are compared (an auditor's id or name against a case holder reference, an
 * auditor's team against a case's team): letter case, spaces at either end and runs of spaces ignored.
 */
export function refKey(ref: string): string {
  return ref.trim().replace(/\s+/g, ' ').toLowerCase();
}
