/**
 * The rules of who may audit which case, and how people are recognised. Nobody audits a case they hold,
 * and nobody audits a case of their own team. Identity is matched by reference, not by guesswork: an
 * auditor holds a case when the case's case-holder reference equals the auditor's reference (`id`) or
 * their name, compared with `refKey` (letter case, outer and repeated spaces ignored); teams are
 * compared the same way. So a candidate list should name case holders by the same references the
 * auditors are given (pseudonymous references are fine); a name that matches counts too, since a
 * wrong match only narrows who may audit a case and never lets someone audit their own.
 */
import { refKey, type Auditor, type Candidate } from '../model/round';

export type Conflict = 'own-case' | 'own-team';

/** Why `auditor` may not audit `candidate`, or null when they may. Own case outranks own team. */
export function conflictOf(auditor: Auditor, candidate: Candidate): Conflict | null {
  const holder = refKey(candidate.caseHolder);
  if (refKey(auditor.id) === holder || refKey(auditor.name) === holder) return 'own-case';
  if (refKey(auditor.team) === refKey(candidate.team)) return 'own-team';
  return null;
}

/** The rule a conflict breaks, in words. */
export function conflictReason(conflict: Conflict, auditor: Auditor, candidate: Candidate): string {
  return conflict === 'own-case'
    ? `${auditor.name} holds case ${candidate.caseId}: nobody audits their own cases`
    : `${auditor.name} is in ${candidate.team}, the team of case ${candidate.caseId}: nobody audits their own team's cases`;
}
