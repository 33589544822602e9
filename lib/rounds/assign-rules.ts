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

/** An auditor's reference, name and team as compared (`refKey`). */
export interface AuditorKeys {
  id: string;
  name: string;
  team: string;
}

/** A case's holder and team as compared (`refKey`). */
export interface CaseKeys {
  holder: string;
  team: string;
}

export const auditorKeys = (a: Auditor): AuditorKeys => ({
  id: refKey(a.id),
  name: refKey(a.name),
  team: refKey(a.team),
});
export const caseKeys = (c: Candidate): CaseKeys => ({ holder: refKey(c.caseHolder), team: refKey(c.team) });

/** `conflictOf` on keys worked out once (the assigner compares every auditor with every case). */
export function conflictBetween(auditor: AuditorKeys, candidate: CaseKeys): Conflict | null {
  if (auditor.id === candidate.holder || auditor.name === candidate.holder) return 'own-case';
  if (auditor.team === candidate.team) return 'own-team';
  return null;
}

/** Why `auditor` may not audit `candidate`, or null when they may. Own case outranks own team. */
export function conflictOf(auditor: Auditor, candidate: Candidate): Conflict | null {
  return conflictBetween(auditorKeys(auditor), caseKeys(candidate));
}

/** The rule a conflict breaks, in words. */
export function conflictReason(conflict: Conflict, auditor: Auditor, candidate: Candidate): string {
  return conflict === 'own-case'
    ? `${auditor.name} holds case ${candidate.caseId}: nobody audits their own cases`
    : `${auditor.name} is in ${candidate.team}, the team of case ${candidate.caseId}: nobody audits their own team's cases`;
}
