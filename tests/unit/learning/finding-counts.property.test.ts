// The counts beside a finding equal a brute-force recount of its evidence: cases, audits, auditors and
// teams, for all evidence and for strengths and concerns apart; evidence listed twice counts once, and
// evidence no longer on the device is counted as missing, never as seen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceIndex, findingCounts } from '@/lib/learning/finding-counts';
import type { EvidenceRef } from '@/lib/model/finding';
import type { LearningData } from '@/lib/learning/evidence';
import { learningArb } from './support';

const norm = (s: string) => s.trim().toUpperCase().replace(/\s+/g, ' ');
const normCase = (s: string) => s.trim().toUpperCase();

/** The recount: for each distinct ref, look everything up by scanning the arrays. */
function recount(data: LearningData, refs: EvidenceRef[], only?: 'strength' | 'concern') {
  const distinct = [...new Map(refs.map((r) => [JSON.stringify([r.kind, r.id]), r])).values()];
  const cases: string[] = [];
  const audits: string[] = [];
  const auditors: string[] = [];
  let items = 0;
  for (const ref of distinct) {
    let caseId: string | undefined;
    let audit: LearningData['audits'][number] | undefined;
    if (ref.kind === 'observation') {
      const o = data.observations.find((x) => x.id === ref.id);
      if (!o || (only && o.kind !== only)) continue;
      audit = data.audits.find((a) => a.id === o.auditId);
      caseId = audit?.caseRef.personId ?? o.target.page.personId;
    } else if (only) continue;
    else if (ref.kind === 'conversation') {
      const c = data.conversations.find((x) => x.id === ref.id);
      audit = c && data.audits.find((a) => a.id === c.auditId);
      if (!audit) continue;
      caseId = audit.caseRef.personId;
    } else if (ref.kind === 'friction-flag') {
      const f = data.flags.find((x) => x.id === ref.id);
      if (!f) continue;
      caseId = f.target.page.personId;
    }
    items++;
    if (caseId !== undefined) cases.push(normCase(caseId));
    if (audit) {
      audits.push(audit.id);
      auditors.push(norm(audit.auditor));
    }
  }
  const teams = cases
    .map((c) => data.teams.get(c))
    .filter((t) => t !== undefined)
    .map(norm);
  const n = (xs: string[]) => new Set(xs).size;
  return { items, cases: n(cases), audits: n(audits), auditors: n(auditors), teams: n(teams) };
}

const refsArb = (data: LearningData) =>
  fc.array(
    fc.oneof(
      ...[
        ...data.observations.map((o) => ({ kind: 'observation' as const, id: o.id })),
        ...data.conversations.map((c) => ({ kind: 'conversation' as const, id: c.id })),
        ...data.flags.map((f) => ({ kind: 'friction-flag' as const, id: f.id })),
        { kind: 'observation' as const, id: 'gone' },
        { kind: 'friction-field' as const, id: 'http://x|Form|f|name' },
      ].map((r) => fc.constant(r)),
    ),
    { maxLength: 30 },
  );

describe('finding counts', () => {
  it('equal a brute-force recount, all evidence and strengths and concerns apart', () => {
    fc.assert(
      fc.property(
        learningArb.chain((data) => fc.tuple(fc.constant(data), refsArb(data))),
        ([data, refs]) => {
          const counts = findingCounts(refs, evidenceIndex(data));
          expect(counts.all).toEqual(recount(data, refs));
          expect(counts.strengths).toEqual(recount(data, refs, 'strength'));
          expect(counts.concerns).toEqual(recount(data, refs, 'concern'));
          const distinct = new Set(refs.map((r) => `${r.kind}|${r.id}`));
          expect(counts.missing).toBe([...distinct].filter((r) => r === 'observation|gone').length);
          expect(Object.values(counts.byKind).reduce((a, b) => a + b, 0)).toBe(counts.all.items);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts one case written two ways once, and a case outside every list in no team', () => {
    const base = fc.sample(learningArb, { numRuns: 1, seed: 7 })[0]!;
    const audits = [
      {
        ...base.audits[0]!,
        id: '00000001-0000-4000-8000-00000000000a',
        caseRef: { personId: 'P1' },
        auditor: 'Ana',
      },
      {
        ...base.audits[0]!,
        id: '00000001-0000-4000-8000-00000000000b',
        caseRef: { personId: ' p1' },
        auditor: 'ana ',
      },
      {
        ...base.audits[0]!,
        id: '00000001-0000-4000-8000-00000000000c',
        caseRef: { personId: 'P9' },
        auditor: 'Ben',
      },
    ];
    const obs = (i: number, kind: 'strength' | 'concern') => ({
      id: `00000003-0000-4000-8000-00000000000${i}`,
      auditId: audits[i]!.id,
      kind,
      comment: 'c',
      evidenceSource: 'case-record' as const,
      factors: [],
      target: { page: { origin: 'http://x', path: '/', adapter: 'demo' }, selectors: [] },
      pageKey: 'k',
      author: 'a',
      createdAt: base.audits[0]!.startedAt,
      updatedAt: base.audits[0]!.startedAt,
    });
    const data: LearningData = {
      audits,
      observations: [obs(0, 'strength'), obs(1, 'concern'), obs(2, 'concern')],
      conversations: [],
      flags: [],
      teams: new Map([['P1', 'North']]),
    };
    const counts = findingCounts(
      data.observations.map((o) => ({ kind: 'observation', id: o.id })),
      evidenceIndex(data),
    );
    expect(counts.all).toEqual({ items: 3, cases: 2, audits: 3, auditors: 2, teams: 1 });
    expect(counts.strengths).toEqual({ items: 1, cases: 1, audits: 1, auditors: 1, teams: 1 });
    expect(counts.concerns).toEqual({ items: 2, cases: 2, audits: 2, auditors: 2, teams: 1 });
  });
});
