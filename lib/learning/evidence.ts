/**
 * What findings are built from (issue #17 part 3): the audits, observations, conversations and friction
 * flags of one round or one period, and the team of each case (from the rounds' candidate lists). Pure:
 * lib/storage/findings.ts reads it; finding-counts.ts and suggest.ts count over it; the findings builder
 * and the board report show it.
 */
import { caseKey, type Assignment, type Round } from '../model/round';
import type { Audit } from '../model/audit';
import type { Conversation } from '../model/conversation';
import type { FrictionFlag } from '../model/friction';
import type { Observation } from '../model/observation';
import type { FindingScope } from '../model/finding';

export interface LearningData {
  audits: readonly Audit[];
  observations: readonly Observation[];
  /** Empty until conversation records are stored on this device. */
  conversations: readonly Conversation[];
  flags: readonly FrictionFlag[];
  /** The team of each case, by `caseKey` of its ID; a case not in any candidate list has none. */
  teams: ReadonlyMap<string, string>;
}

/** The day an audit counts in for a period: the day it finished, else the day it started. */
export const auditDay = (audit: Audit) => (audit.finishedAt ?? audit.startedAt).slice(0, 10);

/**
 * The audits of a scope: a round's (naming it, or one of its assignments) or those whose day falls in
 * the period, both ends included.
 */
export function scopeAudits(
  scope: FindingScope,
  audits: readonly Audit[],
  assignments: readonly Pick<Assignment, 'id' | 'roundId'>[] = [],
): Audit[] {
  if ('roundId' in scope) {
    const ids = new Set(assignments.filter((a) => a.roundId === scope.roundId).map((a) => a.id));
    return audits.filter(
      (a) => a.roundId === scope.roundId || (a.assignmentId !== undefined && ids.has(a.assignmentId)),
    );
  }
  return audits.filter((a) => auditDay(a) >= scope.from && auditDay(a) <= scope.to);
}

/**
 * The learning data of `audits`: their observations and conversations, and the flags those observations
 * cite or that were raised on their cases.
 */
export function scopeData(audits: readonly Audit[], all: Omit<LearningData, 'audits'>): LearningData {
  const ids = new Set(audits.map((a) => a.id));
  const cases = new Set(audits.map((a) => caseKey(a.caseRef.personId)));
  const observations = all.observations.filter((o) => o.auditId !== null && ids.has(o.auditId));
  const cited = new Set(
    observations
      .flatMap((o) => o.evidence ?? [])
      .filter((e) => e.kind === 'friction-flag')
      .map((e) => e.ref),
  );
  return {
    audits,
    observations,
    conversations: all.conversations.filter((c) => ids.has(c.auditId)),
    flags: all.flags.filter(
      (f) =>
        cited.has(f.id) ||
        (f.target.page.personId !== undefined && cases.has(caseKey(f.target.page.personId))),
    ),
    teams: all.teams,
  };
}

/** Plain words for a scope: "the round Voice of the child" or "1 Jul 2026 to 30 Sep 2026". */
export function scopeWords(scope: FindingScope, round?: Pick<Round, 'name'>): string {
  return 'roundId' in scope ? `the round ${round?.name ?? ''}`.trim() : `${scope.from} to ${scope.to}`;
}
