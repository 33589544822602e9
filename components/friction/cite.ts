/**
 * Turning friction evidence into the start of an audit observation: a concern about the field (or the
 * flagged place), tagged with the human-tool operation factor, citing the evidence it rests on.
 */
import type { FrictionFlag } from '@/lib/model/friction';
import type { ObservationFields, ObservationTarget } from '@/lib/model/observation';
import type { PageContext } from '@/lib/model/page-context';
import type { FieldSummary } from '@/lib/storage/friction-counters';
import { categoryLabel } from '@/lib/friction/categories';

export interface Citation {
  target: ObservationTarget;
  preset: Partial<ObservationFields>;
}

const subItemFor = (category: string) =>
  category === 'tick-box-structure' ? 'assessment-forms' : 'ict-systems';

export function citeField(field: FieldSummary, context: PageContext, words: string, days: number): Citation {
  const { title: _title, ...page } = context;
  const label = field.label ?? field.field;
  const selectors: ObservationTarget['selectors'] = [];
  if (field.css) selectors.push({ type: 'CssSelector', value: field.css });
  if (field.tag)
    selectors.push({
      type: 'FieldSelector',
      tag: field.tag,
      ...(field.name ? { name: field.name } : {}),
      ...(field.id ? { id: field.id } : {}),
      label,
    });
  const summary = `“${label}”: ${words} over ${days} day${days === 1 ? '' : 's'}`;
  return {
    target: { page, selectors, quote: label },
    preset: {
      kind: 'concern',
      evidenceSource: 'other',
      comment: `Friction evidence on ${summary}.`,
      factors: [{ factor: 'human-tool', subItem: 'ict-systems' }],
      evidence: [
        {
          kind: 'friction-field',
          ref: `${context.origin}|${context.formName ?? context.path}|${field.form}|${field.field}`,
          summary,
        },
      ],
    },
  };
}

export function citeFlag(flag: FrictionFlag): Citation {
  const summary = `${categoryLabel(flag.category)} (${flag.severity}${flag.minutesLost !== undefined ? `, ${flag.minutesLost} min lost` : ''})`;
  return {
    target: flag.target,
    preset: {
      kind: 'concern',
      evidenceSource: 'practitioner-conversation',
      comment: `Practitioner flagged: ${summary}.${flag.comment ? ` ${flag.comment}` : ''}`,
      factors: [{ factor: 'human-tool', subItem: subItemFor(flag.category) }],
      evidence: [{ kind: 'friction-flag', ref: flag.id, summary }],
    },
  };
}
