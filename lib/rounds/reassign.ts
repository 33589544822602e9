/**
 * The QA lead's choice of auditor for one case, checked against the assignment rules
 * (lib/rounds/assign-rules.ts) the way the assigner checks an override: holding the case blocks the
 * choice outright; the team rule and the capacity can be waived ("assign anyway") in a small service
 * with no one else to ask.
 */
import { conflictOf, conflictReason } from './assign-rules';
import type { Auditor, Candidate } from '../model/round';

export interface ChoiceCheck {
  /** A rule nothing waives (the auditor holds the case). */
  blocked?: string;
  /** Rules the choice breaks that "assign anyway" may waive. */
  waivable: string[];
}

/** Checks giving `candidate` to `auditor`, who already has `load` other cases of the round. */
export function checkChoice(auditor: Auditor, candidate: Candidate, load: number): ChoiceCheck {
  const conflict = conflictOf(auditor, candidate);
  if (conflict === 'own-case') return { blocked: conflictReason(conflict, auditor, candidate), waivable: [] };
  const waivable = conflict ? [conflictReason(conflict, auditor, candidate)] : [];
  if (load >= auditor.capacity) {
    waivable.push(`${auditor.name} would have more than their capacity of ${auditor.capacity}`);
  }
  return { waivable };
}
