/**
 * Assigning a round's sampled cases to auditors: pure, and deterministic but for the assignments' new
 * random ids (`newId`). Rules (lib/rounds/assign-rules.ts):
 * nobody audits their own cases or their own team's, and nobody gets more cases than their capacity.
 *
 * 1. Manual overrides (the QA lead's choices) come first. An override that breaks a rule is not applied:
 *    it is reported with the reason and the case is assigned automatically like the others. With
 *    `force` the QA lead keeps the choice despite the team rule or the capacity (a small service may
 *    have no one else); it is applied and reported as a waiver. Nothing waives the own-case rule.
 * 2. The other cases are assigned automatically, the hardest first (fewest auditors who may take them,
 *    then case-ID order), each to the auditor who may take it with the least load relative to capacity
 *    (load ÷ capacity; ties: more capacity, then reference order). Greedy: fair and explainable, not a
 *    proven optimum, so a case it leaves unassigned is reported with the reason and may still fit by hand.
 */
import { caseKey, refKey, type Assignment, type Auditor, type Candidate } from '../model/round';
import { auditorKeys, caseKeys, conflictBetween, conflictOf, conflictReason } from './assign-rules';

export type AssignmentMode = Assignment['mode'];

/** A QA lead's choice of auditor for a case. */
export interface Override {
  caseId: string;
  auditorId: string;
  mode?: AssignmentMode;
  dueOn?: string;
  /** Keep the choice even though it breaks the team rule or the capacity. */
  force?: boolean;
}

export interface AssignOptions {
  roundId: string;
  /** Due date of every assignment without its own (usually the round's closing day). */
  dueOn: string;
  mode: AssignmentMode;
  /** Makes each new assignment's id (default `crypto.randomUUID`); tests pass a counter. */
  newId?: () => string;
}

export interface AssignOutcome {
  assignments: Assignment[];
  /** Overrides not applied, with the reason. */
  refusedOverrides: { caseId: string; auditorId: string; reason: string }[];
  /** Forced overrides applied despite a rule, with the rule waived. */
  waivers: { caseId: string; auditorId: string; reason: string }[];
  /** Cases nobody could take, with the reason. */
  unassigned: { caseId: string; reason: string }[];
}

export type AssignResult = ({ ok: true } & AssignOutcome) | { ok: false; error: string };

/** Assigns `cases` (the sample) to `auditors`. */
export function assignCases(
  cases: readonly Candidate[],
  auditors: readonly Auditor[],
  overrides: readonly Override[],
  options: AssignOptions,
): AssignResult {
  if (new Set(auditors.map((a) => refKey(a.id))).size !== auditors.length) {
    return { ok: false, error: 'Two auditors have the same reference: give each auditor their own.' };
  }
  if (new Set(cases.map((c) => caseKey(c.caseId))).size !== cases.length) {
    return { ok: false, error: 'The sample names a case more than once: draw it again.' };
  }
  const auditorOf = new Map(auditors.map((auditor) => [refKey(auditor.id), auditor]));
  const caseOf = new Map(cases.map((candidate) => [caseKey(candidate.caseId), candidate]));
  const load = new Map(auditors.map((auditor) => [auditor, 0]));
  const chosen = new Map<Candidate, { auditor: Auditor; override?: Override }>();
  const outcome: AssignOutcome = { assignments: [], refusedOverrides: [], waivers: [], unassigned: [] };

  for (const override of overrides) {
    const refuse = (reason: string) =>
      outcome.refusedOverrides.push({ caseId: override.caseId, auditorId: override.auditorId, reason });
    const candidate = caseOf.get(caseKey(override.caseId));
    const auditor = auditorOf.get(refKey(override.auditorId));
    if (!candidate) refuse(`case ${override.caseId} is not in the sample`);
    else if (!auditor) refuse(`no auditor has the reference ${override.auditorId}`);
    else if (chosen.has(candidate)) {
      refuse(
        `case ${candidate.caseId} already has a chosen auditor (${chosen.get(candidate)!.auditor.name})`,
      );
    } else {
      const conflict = conflictOf(auditor, candidate);
      const full = load.get(auditor)! >= auditor.capacity;
      const broken = [
        ...(conflict ? [conflictReason(conflict, auditor, candidate)] : []),
        ...(full ? [`${auditor.name} would have more than their capacity of ${auditor.capacity}`] : []),
      ];
      if (conflict === 'own-case') refuse(broken[0]!);
      else if (broken.length > 0 && !override.force)
        refuse(`${broken.join('; ')} (assign anyway to keep this choice)`);
      else {
        if (broken.length > 0) {
          outcome.waivers.push({
            caseId: candidate.caseId,
            auditorId: auditor.id,
            reason: broken.join('; '),
          });
        }
        chosen.set(candidate, { auditor, override });
        load.set(auditor, load.get(auditor)! + 1);
      }
    }
  }

  const keyed = auditors.map((auditor) => ({ auditor, keys: auditorKeys(auditor), ref: refKey(auditor.id) }));
  const open = cases
    .filter((candidate) => !chosen.has(candidate))
    .map((candidate) => {
      const keys = caseKeys(candidate);
      const allowed = keyed.filter((a) => conflictBetween(a.keys, keys) === null);
      const hardness = allowed.filter((a) => a.auditor.capacity > 0).length;
      return { candidate, allowed, hardness, key: caseKey(candidate.caseId) };
    })
    .sort((a, b) => a.hardness - b.hardness || compare(a.key, b.key));
  for (const { candidate, allowed } of open) {
    let best: (typeof keyed)[number] | undefined;
    for (const a of allowed) {
      if (load.get(a.auditor)! >= a.auditor.capacity) continue;
      if (!best || lessLoaded(a, best, load)) best = a;
    }
    if (!best) {
      const reason = whyUnassigned(
        candidate,
        allowed.map((a) => a.auditor),
      );
      outcome.unassigned.push({ caseId: candidate.caseId, reason });
      continue;
    }
    chosen.set(candidate, { auditor: best.auditor });
    load.set(best.auditor, load.get(best.auditor)! + 1);
  }

  for (const candidate of cases) {
    const choice = chosen.get(candidate);
    if (!choice) continue;
    outcome.assignments.push({
      id: options.newId?.() ?? crypto.randomUUID(),
      roundId: options.roundId,
      caseId: candidate.caseId,
      auditorId: choice.auditor.id,
      dueOn: choice.override?.dueOn ?? options.dueOn,
      mode: choice.override?.mode ?? options.mode,
      status: 'not-started',
    });
  }
  return { ok: true, ...outcome };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** True when `a` should get the next case before `b`: lower load ÷ capacity, more capacity, reference. */
function lessLoaded(
  a: { auditor: Auditor; ref: string },
  b: { auditor: Auditor; ref: string },
  load: ReadonlyMap<Auditor, number>,
): boolean {
  const byShare = load.get(a.auditor)! * b.auditor.capacity - load.get(b.auditor)! * a.auditor.capacity;
  if (byShare !== 0) return byShare < 0;
  if (a.auditor.capacity !== b.auditor.capacity) return a.auditor.capacity > b.auditor.capacity;
  return compare(a.ref, b.ref) < 0;
}

function whyUnassigned(candidate: Candidate, allowed: readonly Auditor[]): string {
  if (allowed.length === 0) {
    return `every auditor is in ${candidate.team}, the case's team, or holds the case: add an auditor from another team`;
  }
  const names = allowed.map((auditor) => auditor.name);
  const list =
    names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
  return `the auditors who may audit it (${list}) have no capacity left: raise a capacity or add an auditor`;
}
