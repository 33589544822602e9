/** The grading scales councils use (domain notes §4), for built-in templates and template authors. */
import type { GradingScale } from '../model/template';

export const OFSTED_FOUR_POINT: GradingScale = {
  type: 'levels',
  name: 'Ofsted four-point',
  levels: [
    { value: 'outstanding', label: 'Outstanding' },
    { value: 'good', label: 'Good' },
    { value: 'requires-improvement', label: 'Requires improvement' },
    { value: 'inadequate', label: 'Inadequate' },
  ],
};

export const RAG: GradingScale = {
  type: 'levels',
  name: 'RAG',
  levels: [
    { value: 'green', label: 'Green', description: 'Meets the standard' },
    { value: 'amber', label: 'Amber', description: 'Partly meets the standard' },
    { value: 'red', label: 'Red', description: 'Does not meet the standard' },
  ],
};

export const SCALING_0_10: GradingScale = {
  type: 'numeric',
  name: 'Signs of Safety scaling',
  min: 0,
  max: 10,
  lowLabel: 'Not safe enough',
  highLabel: 'Safe enough to close',
};

export const NO_GRADE: GradingScale = { type: 'none' };

/** The values a scale accepts, as strings (grades are stored as strings). */
export function scaleValues(scale: GradingScale): string[] {
  if (scale.type === 'levels') return scale.levels.map((level) => level.value);
  if (scale.type === 'numeric') {
    return Array.from({ length: scale.max - scale.min + 1 }, (_, index) => String(scale.min + index));
  }
  return [];
}

/** Display label of a grade value on a scale. */
export function gradeLabel(scale: GradingScale, value: string | undefined): string {
  if (value === undefined) return 'Not graded';
  if (scale.type === 'levels') return scale.levels.find((level) => level.value === value)?.label ?? value;
  return value;
}
