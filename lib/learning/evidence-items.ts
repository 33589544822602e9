/**
 * The evidence a finding can cite, as rows a person picks from and clicks through (issue #17 part 3):
 * each observation, conversation and friction flag of a scope with a one-line label, the words a search
 * matches, and where it leads (the audit, the record's screen, the flag's form). Pure; the findings
 * builder shows it. Section titles come from `sectionTitle` so this module needs no templates.
 */
import { factorLabel } from '../audit/factors';
import { categoryLabel } from '../friction/categories';
import { KIND_LABELS } from '../model/observation-kinds';
import type { EvidenceKind, EvidenceRef } from '../model/finding';
import type { ObservationTarget } from '../model/observation';
import type { LearningData } from './evidence';

export interface EvidenceItem {
  ref: EvidenceRef;
  kind: EvidenceKind;
  /** "Concern · case P1 · Planning": what it is and where. */
  label: string;
  /** Its words (comment, prompts, flag comment), shortened. */
  text: string;
  /** Lower-case words a search looks in. */
  search: string;
  /** The audit it belongs to, when it belongs to one. */
  auditId?: string;
  /** The record's screen it points at (observations and flags). */
  page?: ObservationTarget['page'];
  /** `origin|screen` of a flag's form (the dashboard's friction by form). */
  formRef?: string;
}

const short = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const tags = (factors: readonly { factor: string; subItem?: string }[]) =>
  factors.map((t) => factorLabel(t.factor, t.subItem)).join('; ');

/** Every piece of evidence in `data`, observations first, then conversations, then flags. */
export function evidenceItems(data: LearningData, sectionTitle: (id: string) => string): EvidenceItem[] {
  const audits = new Map(data.audits.map((a) => [a.id, a]));
  const items: EvidenceItem[] = [];
  for (const o of data.observations) {
    const audit = o.auditId === null ? undefined : audits.get(o.auditId);
    const where = [
      KIND_LABELS[o.kind],
      `case ${audit?.caseRef.personId ?? o.target.page.personId ?? '?'}`,
      o.sectionId ? sectionTitle(o.sectionId) : undefined,
      audit ? `by ${audit.auditor}` : undefined,
    ];
    const label = where.filter(Boolean).join(' · ');
    items.push({
      ref: { kind: 'observation', id: o.id },
      kind: 'observation',
      label,
      text: short(o.comment),
      search: `${label} ${o.comment} ${tags(o.factors)}`.toLowerCase(),
      ...(o.auditId ? { auditId: o.auditId } : {}),
      page: o.target.page,
    });
  }
  for (const c of data.conversations) {
    const audit = audits.get(c.auditId);
    const words = Object.values(c.prompts).filter(Boolean).join(' ');
    const label = ['Conversation', `case ${audit?.caseRef.personId ?? '?'}`, c.withRole, c.date].join(' · ');
    items.push({
      ref: { kind: 'conversation', id: c.id },
      kind: 'conversation',
      label,
      text: short(words),
      search: `${label} ${words} ${tags(c.factors)}`.toLowerCase(),
      auditId: c.auditId,
    });
  }
  for (const f of data.flags) {
    const screen = f.target.page.formName ?? f.target.page.path;
    const label = [
      'Friction flag',
      categoryLabel(f.category),
      screen,
      f.target.page.personId && `case ${f.target.page.personId}`,
    ]
      .filter(Boolean)
      .join(' · ');
    items.push({
      ref: { kind: 'friction-flag', id: f.id },
      kind: 'friction-flag',
      label,
      text: short(f.comment ?? ''),
      search: `${label} ${f.comment ?? ''} ${f.workaround ?? ''}`.toLowerCase(),
      page: f.target.page,
      formRef: `${f.target.page.origin}|${screen}`,
    });
  }
  return items;
}

/** The items whose words hold every word of `query` (any order, any case). */
export function searchItems(items: readonly EvidenceItem[], query: string): EvidenceItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length === 0 ? [...items] : items.filter((i) => words.every((w) => i.search.includes(w)));
}
