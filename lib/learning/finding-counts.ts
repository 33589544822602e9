/**
 * The counts beside a finding, computed from its evidence and never typed (issue #17 part 3): in how many
 * cases, audits, auditors and teams it was seen, and the same for its strengths and its concerns apart
 * (by observation kind). Pure and linear in the data. A case is its ID compared as `caseKey` does; an
 * auditor is the audit's auditor (a flag, raised by a practitioner, names no auditor); a team is the
 * case's team from the candidate lists, so cases outside every list add to no team.
 */
import { caseKey, refKey } from '../model/round';
import type { Audit } from '../model/audit';
import type { EvidenceRef } from '../model/finding';
import type { LearningData } from './evidence';

export interface Tally {
  /** Evidence items counted. */
  items: number;
  cases: number;
  audits: number;
  auditors: number;
  teams: number;
}

export interface FindingCounts {
  all: Tally;
  strengths: Tally;
  concerns: Tally;
  byKind: { observation: number; conversation: number; 'friction-flag': number; 'friction-field': number };
  /** Evidence that names something no longer (or not yet) on this device. */
  missing: number;
}

interface Seen {
  items: number;
  cases: Set<string>;
  audits: Set<string>;
  auditors: Set<string>;
  teams: Set<string>;
}
const seen = (): Seen => ({
  items: 0,
  cases: new Set(),
  audits: new Set(),
  auditors: new Set(),
  teams: new Set(),
});
const tally = (s: Seen): Tally => ({
  items: s.items,
  cases: s.cases.size,
  audits: s.audits.size,
  auditors: s.auditors.size,
  teams: s.teams.size,
});

/** Lookup tables over `data`, built once and reused for many findings. */
export function evidenceIndex(data: LearningData) {
  return {
    data,
    audits: new Map(data.audits.map((a) => [a.id, a])),
    observations: new Map(data.observations.map((o) => [o.id, o])),
    conversations: new Map(data.conversations.map((c) => [c.id, c])),
    flags: new Map(data.flags.map((f) => [f.id, f])),
  };
}
export type EvidenceIndex = ReturnType<typeof evidenceIndex>;

/** The counts of `evidence` (duplicates counted once) over the data of `index`. */
export function findingCounts(evidence: readonly EvidenceRef[], index: EvidenceIndex): FindingCounts {
  const all = seen();
  const strengths = seen();
  const concerns = seen();
  const byKind = { observation: 0, conversation: 0, 'friction-flag': 0, 'friction-field': 0 };
  let missing = 0;
  const add = (into: Seen[], caseId: string | undefined, audit: Audit | undefined) => {
    const key = caseId === undefined ? undefined : caseKey(caseId);
    const team = key === undefined ? undefined : index.data.teams.get(key);
    for (const s of into) {
      s.items++;
      if (key !== undefined) s.cases.add(key);
      if (audit) {
        s.audits.add(audit.id);
        s.auditors.add(refKey(audit.auditor));
      }
      if (team !== undefined) s.teams.add(refKey(team));
    }
  };
  const done = new Set<string>();
  for (const ref of evidence) {
    const key = `${ref.kind}\u0000${ref.id}`;
    if (done.has(key)) continue;
    done.add(key);
    if (ref.kind === 'observation') {
      const o = index.observations.get(ref.id);
      if (!o) {
        missing++;
        continue;
      }
      const audit = o.auditId === null ? undefined : index.audits.get(o.auditId);
      const into = o.kind === 'strength' ? [all, strengths] : o.kind === 'concern' ? [all, concerns] : [all];
      add(into, audit?.caseRef.personId ?? o.target.page.personId, audit);
    } else if (ref.kind === 'conversation') {
      const c = index.conversations.get(ref.id);
      const audit = c && index.audits.get(c.auditId);
      if (!c || !audit) {
        missing++;
        continue;
      }
      add([all], audit.caseRef.personId, audit);
    } else if (ref.kind === 'friction-flag') {
      const f = index.flags.get(ref.id);
      if (!f) {
        missing++;
        continue;
      }
      add([all], f.target.page.personId, undefined);
    } else add([all], undefined, undefined);
    byKind[ref.kind]++;
  }
  return { all: tally(all), strengths: tally(strengths), concerns: tally(concerns), byKind, missing };
}
