/** Purge counts in words: "2 observations, 1 audit and 3 friction counter rows". */
import { PURGED_KINDS, type PurgeCounts, type PurgedKind } from '@/lib/storage/retention';
import { plural } from '../format';

const WORDS: Record<PurgedKind, [string, string?]> = {
  observations: ['observation'],
  replies: ['reply', 'replies'],
  audits: ['audit'],
  notes: ['note'],
  frictionFlags: ['friction flag'],
  frictionCounters: ['friction counter row'],
  recordHistory: ['earlier version', 'earlier versions'],
  appliedBatches: ['capture receipt'],
  importedFiles: ['import receipt'],
  conversations: ['conversation record'],
  changeLog: ['deletion record'],
  rounds: ['closed audit round'],
  roundPlans: ['round plan'],
  roundCandidates: ['round candidate case'],
  roundAuditors: ['round auditor'],
  roundAssignments: ['round assignment'],
  roundPacks: ['round pack'],
};

export function purgeWords(counts: PurgeCounts): string {
  const parts = PURGED_KINDS.filter((kind) => counts[kind] > 0).map((kind) =>
    plural(counts[kind], ...WORDS[kind]),
  );
  if (parts.length === 0) return 'nothing';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
