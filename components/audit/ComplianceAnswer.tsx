/**
 * A section's compliance question (e.g. "Visits within timescale recorded?") answered yes / partly / no
 * beside its quality grade: a radio group, so the arrow keys move between the answers.
 */
import { COMPLIANCE_ANSWERS, type SectionResult } from '@/lib/model/audit';

type Answer = NonNullable<SectionResult['compliance']>;

export const COMPLIANCE_LABELS: Record<Answer, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };

interface Props {
  question: string;
  value: Answer | undefined;
  onChange(value: Answer | undefined): void;
}

export function ComplianceAnswer({ question, value, onChange }: Props) {
  const options: [Answer | '', string][] = [
    ...COMPLIANCE_ANSWERS.map((answer): [Answer, string] => [answer, COMPLIANCE_LABELS[answer]]),
    ['', 'Not answered'],
  ];
  return (
    <fieldset class="kinds compliance">
      <legend>
        Compliance: {question}
        <span class="visually-hidden"> (beside the quality grade)</span>
      </legend>
      {options.map(([answer, label]) => (
        <label class="choice" key={answer}>
          <input
            type="radio"
            name="section-compliance"
            value={answer}
            checked={(value ?? '') === answer}
            onChange={() => onChange(answer || undefined)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
