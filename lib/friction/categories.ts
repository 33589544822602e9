/**
 * Friction categories practitioners choose from when flagging, starting from what studies of children's
 * case-recording systems report (domain notes §6). Ids are stable: they are stored and exported.
 */
export const FRICTION_CATEGORIES = [
  { id: 'duplicate-entry', label: 'Duplicate entry (typing the same thing again)' },
  { id: 'irrelevant-mandatory', label: 'Mandatory field that does not apply' },
  { id: 'unclear-label', label: 'Unclear label or missing option' },
  { id: 'navigation-depth', label: 'Too many screens or clicks to get there' },
  { id: 'timeout-lost-work', label: 'Session timed out or work was lost' },
  { id: 'slow-or-crashing', label: 'Slow or crashing screen' },
  { id: 'tick-box-structure', label: 'Tick-box structure crowds out analysis' },
  { id: 'timescale-pressure', label: 'Workflow timescale forces premature progression' },
  { id: 'authorisation-bottleneck', label: 'Authorisation bottleneck' },
  { id: 'cannot-attach', label: 'Cannot attach, scan or sign' },
  { id: 'other', label: 'Other' },
] as const;

export type FrictionCategory = (typeof FRICTION_CATEGORIES)[number]['id'];
export const FRICTION_CATEGORY_IDS = FRICTION_CATEGORIES.map((category) => category.id) as [
  FrictionCategory,
  ...FrictionCategory[],
];

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, string> = {
  low: 'Low: an annoyance',
  medium: 'Medium: slows my work',
  high: 'High: stops my work or loses it',
};

export function categoryLabel(id: string): string {
  return FRICTION_CATEGORIES.find((category) => category.id === id)?.label ?? id;
}
