// A small round for the round report's tests: 6 candidates, a sample of 3 drawn with the seed, two
// auditors, three assignments, two audits (one finished, one in progress) with strengths, concerns and
// a follow-up action, and friction flags on a case of the round and on another case.
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import type { Audit } from '@/lib/model/audit';
import type { FrictionFlag } from '@/lib/model/friction';
import type { Observation } from '@/lib/model/observation';
import {
  SampleSpecSchema,
  type Assignment,
  type Auditor,
  type Candidate,
  type Round,
} from '@/lib/model/round';
import type { RoundReportInput } from '@/lib/rounds/report';
import { drawSample } from '@/lib/rounds/sample';

export const template = BUILTIN_TEMPLATES.find((t) => t.id === 'learning-case-file-audit')!;
export const round: Round = {
  id: '0b7f6c1e-3f5a-4c1e-9d1e-2a3b4c5d6e7f',
  name: 'Voice of the child, Q3',
  theme: 'Voice of the child',
  purpose: 'Is the child seen and heard?',
  templateId: template.id,
  opensOn: '2026-07-01',
  closesOn: '2026-09-30',
  status: 'moderation',
  owner: 'Quinn Lead',
};
export const candidates: Candidate[] = ['P101', 'P102', 'P103', 'P104', 'P105', 'P106'].map((caseId, i) => ({
  caseId,
  team: i % 2 ? 'North' : 'South',
  caseHolder: i < 3 ? 'Wendy Holder' : 'Harry Holder',
  attributes: {},
}));
export const auditors: Auditor[] = [
  { id: 'A01', name: 'Ana Auditor', team: 'East', role: 'team-manager', capacity: 5 },
  { id: 'B02', name: 'Ben Auditor', team: 'West', role: 'peer', capacity: 5 },
];
export const spec = SampleSpecSchema.parse({
  size: { kind: 'count', count: 3 },
  seed: 'TEST-SEED',
  maxPerCaseHolder: 2,
  excludeAuditedWithinMonths: 12,
});
export const sample = drawSample(candidates, spec, {
  history: [{ caseId: 'P106', auditedOn: '2026-03-02' }],
  today: '2026-07-01',
});
if (!sample.ok) throw new Error(sample.error);
export const drawn = sample.sample.drawn.map((c) => c.caseId);
let next = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`;
export const assignments: Assignment[] = drawn.map((caseId, i) => ({
  id: uuid(),
  roundId: round.id,
  caseId,
  auditorId: i === 0 ? 'A01' : 'B02',
  dueOn: '2026-09-30',
  mode: 'desk',
  status: 'not-started',
}));
const at = '2026-08-01T10:00:00.000Z';
const audit = (caseId: string, assignment: Assignment | undefined, extra: Partial<Audit>): Audit => ({
  id: uuid(),
  templateId: template.id,
  templateVersion: template.version,
  caseRef: { personId: caseId },
  auditor: 'Ana Auditor',
  status: 'in-progress',
  sections: {},
  startedAt: at,
  updatedAt: at,
  ...(assignment ? { roundId: round.id, assignmentId: assignment.id } : {}),
  ...extra,
});
export const finishedAudit = audit(drawn[0]!, assignments[0], {
  status: 'finished',
  finishedAt: at,
  overallGrade: 'good',
  sections: {
    'voice-of-the-child': { grade: 'good', complete: true },
    planning: {
      grade: 'requires-improvement',
      complete: true,
      justification:
        'The plan is vague.\nAction: write SMART outcomes. Owner: team manager North; by 2026-10-31',
    },
  },
});
export const openAudit = audit(drawn[1]!, assignments[1], { auditor: 'Ben Auditor' });
/** An audit of another round's case: never in this report. */
export const otherAudit = audit('P999', undefined, { status: 'finished', overallGrade: 'inadequate' });
const obs = (
  a: Audit,
  kind: Observation['kind'],
  comment: string,
  extra: Partial<Observation> = {},
): Observation => ({
  id: uuid(),
  auditId: a.id,
  kind,
  comment,
  evidenceSource: 'case-record',
  factors: [],
  target: {
    page: { origin: 'http://127.0.0.1', path: `/person/${a.caseRef.personId}`, adapter: 'generic' },
    selectors: [],
  },
  pageKey: `http://127.0.0.1/person/${a.caseRef.personId}`,
  author: a.auditor,
  createdAt: at,
  updatedAt: at,
  ...extra,
});
export const observations: Observation[] = [
  obs(finishedAudit, 'strength', 'Wendy Holder records the child’s words exactly.', {
    sectionId: 'voice-of-the-child',
    grade: 'good',
    factors: [{ factor: 'family-professional' }],
  }),
  obs(openAudit, 'concern', 'The form has no room for the rationale.', {
    sectionId: 'assessment',
    factors: [{ factor: 'human-tool', subItem: 'assessment-forms' }],
    followUp: 'Raise the form with the systems team. Owner: Ben Auditor, by 2026-11-15',
    createdAt: '2026-08-02T10:00:00.000Z',
  }),
  obs(otherAudit, 'strength', 'Another round’s strength.'),
];
const flag = (personId: string, category: FrictionFlag['category']): FrictionFlag => ({
  id: uuid(),
  category,
  severity: 'high',
  minutesLost: 20,
  target: {
    page: { origin: 'http://127.0.0.1', path: `/person/${personId}`, personId, adapter: 'generic' },
    selectors: [],
  },
  pageKey: `http://127.0.0.1/person/${personId}`,
  author: 'Wendy Holder',
  createdAt: at,
});
export const flags = [
  flag(drawn[0]!, 'duplicate-entry'),
  flag(drawn[1]!, 'duplicate-entry'),
  flag('P999', 'other'),
];

export const input: RoundReportInput = {
  round,
  sample: { spec, drawnOn: '2026-07-01', result: sample.sample, candidates: candidates.length },
  auditors,
  assignments,
  candidates,
  audits: [finishedAudit, openAudit, otherAudit],
  observations,
  flags,
  templates: BUILTIN_TEMPLATES,
  today: '2026-08-15',
};
