/**
 * The contributory factors an observation can be tagged with: the six underlying patterns of SCIE's
 * "Learning Together" typology (Appendix 6) and their sub-items. Sub-items of 5 and 6 are Margin's own
 * examples until checked against the report. Ids are stable: they are stored and exported.
 */
export interface Factor {
  id: string;
  label: string;
  subItems: { id: string; label: string }[];
}

export const FACTORS: readonly Factor[] = [
  {
    id: 'human-tool',
    label: 'Human-tool operation',
    subItems: [
      { id: 'assessment-forms', label: 'Influence of assessment forms' },
      { id: 'assessment-framework', label: 'Influence of the assessment framework' },
      { id: 'case-management-framework', label: 'Influence of the case-management framework' },
      { id: 'ict-systems', label: 'ICT systems' },
    ],
  },
  {
    id: 'human-management',
    label: 'Human-management system operation',
    subItems: [
      { id: 'resource-demand', label: 'Resource-demand mismatch' },
      { id: 'performance-indicators', label: 'Performance indicators and work-arounds' },
      { id: 'competing-priorities', label: 'Trade-offs between competing priorities' },
      { id: 'conceptual-blurring', label: 'Conceptual blurring' },
      { id: 'capacity', label: 'Capacity' },
      { id: 'supervision', label: 'Supervision' },
    ],
  },
  {
    id: 'multi-agency-crisis',
    label: 'Multi-agency working in response to incidents or crises',
    subItems: [
      { id: 'priority-setting', label: 'Culture around priority setting' },
      { id: 'understanding-task', label: 'Understanding the task' },
      { id: 'reserve-capacity', label: 'Reserve capacity' },
      { id: 'knowing-each-other', label: 'Knowing each other' },
      { id: 'referral-feedback', label: 'Referral procedures and feedback' },
    ],
  },
  {
    id: 'multi-agency-longer-term',
    label: 'Multi-agency working in assessment and longer-term work',
    subItems: [
      { id: 'ongoing-process', label: 'Assessment and planning as event or ongoing process' },
      { id: 'role-clarity', label: 'Clarity of roles' },
      { id: 'shared-responsibility', label: 'Shared responsibility' },
      { id: 'who-thinks', label: 'Who does the thinking' },
      { id: 'information-sharing', label: 'What and how much to share' },
    ],
  },
  {
    id: 'family-professional',
    label: 'Family-professional interaction',
    subItems: [
      { id: 'engagement', label: 'Engagement and resistance' },
      { id: 'disguised-compliance', label: 'Disguised compliance' },
      { id: 'child-voice', label: "The child's voice" },
      { id: 'communication-needs', label: 'Language and communication needs' },
    ],
  },
  {
    id: 'judgement',
    label: 'Human judgement and reasoning',
    subItems: [
      { id: 'fixed-views', label: 'Fixed views' },
      { id: 'confirmation-bias', label: 'Confirmation bias' },
      { id: 'not-revising', label: 'Not revising an assessment when new information arrives' },
    ],
  },
];

const FACTOR_IDS = new Map(
  FACTORS.map((factor) => [factor.id, new Set(factor.subItems.map((item) => item.id))]),
);

/** True when `factor` (and `subItem`, if given) name an entry of the typology. */
export function isKnownFactor(factor: string, subItem?: string): boolean {
  const items = FACTOR_IDS.get(factor);
  return items !== undefined && (subItem === undefined || items.has(subItem));
}

/** Human label of a factor or "factor: sub-item". */
export function factorLabel(factor: string, subItem?: string): string {
  const entry = FACTORS.find((candidate) => candidate.id === factor);
  const item = entry?.subItems.find((candidate) => candidate.id === subItem);
  return [entry?.label ?? factor, item?.label].filter(Boolean).join(': ');
}
