/** Choosing a grade on a template's scale: named levels or a number range; nothing for ungraded sections. */
import type { GradingScale } from '@/lib/model/template';
import { gradeLabel, scaleValues } from '@/lib/audit/scales';

interface Props {
  id: string;
  label: string;
  scale: GradingScale;
  value: string | undefined;
  onChange(value: string | undefined): void;
}

export function GradeSelect({ id, label, scale, value, onChange }: Props) {
  if (scale.type === 'none') return null;
  const hint =
    scale.type === 'numeric'
      ? `${scale.min} = ${scale.lowLabel ?? 'lowest'}, ${scale.max} = ${scale.highLabel ?? 'highest'}`
      : scale.name;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.currentTarget.value || undefined)}
        aria-describedby={`${id}-hint`}
      >
        <option value="">Not graded</option>
        {scaleValues(scale).map((grade) => (
          <option key={grade} value={grade}>
            {gradeLabel(scale, grade)}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} class="muted small">
        {hint}
      </p>
    </div>
  );
}
