/** The finding editor's working copy: a finding's fields as the form holds them, and back. */
import type { Finding, FindingFields, FindingScope, EvidenceRef } from '@/lib/model/finding';
import type { Suggestion } from '@/lib/learning/suggest';

export interface Draft {
  id?: string;
  statement: string;
  factor: string;
  subItem: string;
  evidence: EvidenceRef[];
  judgement: '' | 'isolated' | 'some-teams' | 'widespread';
  note: string;
  whyItMatters: string;
  /** One question per line. */
  questions: string;
  actions: { text: string; owner: string; dueOn: string }[];
  status: 'draft' | 'agreed';
}

export const emptyDraft = (): Draft => ({
  statement: '',
  factor: 'human-tool',
  subItem: '',
  evidence: [],
  judgement: '',
  note: '',
  whyItMatters: '',
  questions: '',
  actions: [],
  status: 'draft',
});

/** A new finding prefilled from a suggestion: its pattern and its evidence. */
export const draftFrom = (s: Suggestion): Draft => ({
  ...emptyDraft(),
  factor: s.factor,
  subItem: s.subItem ?? '',
  evidence: s.evidence,
});

export const draftOf = (f: Finding): Draft => ({
  id: f.id,
  statement: f.statement,
  factor: f.pattern.factor,
  subItem: f.pattern.subItem ?? '',
  evidence: f.evidence,
  judgement: f.widespread.judgement ?? '',
  note: f.widespread.note ?? '',
  whyItMatters: f.whyItMatters ?? '',
  questions: f.questions.join('\n'),
  actions: f.actions.map((a) => ({ text: a.text, owner: a.owner, dueOn: a.dueOn ?? '' })),
  status: f.status,
});

/** The fields to validate and save (empty optional parts left out). */
export function fieldsOf(d: Draft, scope: FindingScope): FindingFields {
  return {
    statement: d.statement,
    pattern: { factor: d.factor, ...(d.subItem ? { subItem: d.subItem } : {}) },
    evidence: d.evidence,
    widespread: {
      ...(d.judgement ? { judgement: d.judgement } : {}),
      ...(d.note.trim() ? { note: d.note } : {}),
    },
    ...(d.whyItMatters.trim() ? { whyItMatters: d.whyItMatters } : {}),
    questions: d.questions
      .split('\n')
      .map((q) => q.trim())
      .filter(Boolean),
    actions: d.actions
      .filter((a) => a.text.trim() || a.owner.trim() || a.dueOn)
      .map((a) => ({ text: a.text, owner: a.owner, ...(a.dueOn ? { dueOn: a.dueOn } : {}) })),
    scope,
    status: d.status,
  };
}
