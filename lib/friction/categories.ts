/**
 * The friction categories and severities in words, as practitioners choose from them when flagging
 * (domain notes §6), in the order they are offered. The ids are the model's
 * (lib/model/friction-categories.ts); a label is required for every one of them.
 */
import { FRICTION_CATEGORY_IDS, type FrictionCategory, type Severity } from '../model/friction-categories';

const CATEGORY_LABELS: Record<FrictionCategory, string> = {
  'duplicate-entry': 'Duplicate entry (typing the same thing again)',
  'irrelevant-mandatory': 'Mandatory field that does not apply',
  'unclear-label': 'Unclear label or missing option',
  'navigation-depth': 'Too many screens or clicks to get there',
  'timeout-lost-work': 'Session timed out or work was lost',
  'slow-or-crashing': 'Slow or crashing screen',
  'tick-box-structure': 'Tick-box structure crowds out analysis',
  'timescale-pressure': 'Workflow timescale forces premature progression',
  'authorisation-bottleneck': 'Authorisation bottleneck',
  'cannot-attach': 'Cannot attach, scan or sign',
  'recorded-for-indicator': 'Recorded to satisfy an indicator',
  other: 'Other',
};

/** Every category with its label, in the order the flag form and the filters offer them. */
export const FRICTION_CATEGORIES: readonly { id: FrictionCategory; label: string }[] =
  FRICTION_CATEGORY_IDS.map((id) => ({ id, label: CATEGORY_LABELS[id] }));

export const SEVERITY_LABELS: Record<Severity, string> = {
  low: 'Low: an annoyance',
  medium: 'Medium: slows my work',
  high: 'High: stops my work or loses it',
};

/** The label of a category id; an unknown id (from a newer file, say) is shown as it is. */
export function categoryLabel(id: string): string {
  return Object.hasOwn(CATEGORY_LABELS, id) ? CATEGORY_LABELS[id as FrictionCategory] : id;
}
