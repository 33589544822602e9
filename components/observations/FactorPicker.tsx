/** Tagging contributory factors: the six patterns of the typology, each with its sub-items; several allowed. */
import { FACTORS } from '@/lib/audit/factors';
import type { FactorTag } from '@/lib/model/observation';

interface Props {
  value: FactorTag[];
  onChange(value: FactorTag[]): void;
}

const same = (a: FactorTag, b: FactorTag) => a.factor === b.factor && a.subItem === b.subItem;

export function FactorPicker({ value, onChange }: Props) {
  const toggle = (tag: FactorTag, on: boolean) =>
    onChange(on ? [...value.filter((t) => !same(t, tag)), tag] : value.filter((t) => !same(t, tag)));
  return (
    <fieldset class="factors">
      <legend>Contributory factors</legend>
      {FACTORS.map((factor) => {
        const chosen = value.filter((tag) => tag.factor === factor.id);
        return (
          <details key={factor.id} open={chosen.length > 0}>
            <summary>
              {factor.label}
              {chosen.length > 0 && <span class="count"> ({chosen.length})</span>}
            </summary>
            <label class="choice">
              <input
                type="checkbox"
                checked={value.some((tag) => same(tag, { factor: factor.id }))}
                onChange={(event) => toggle({ factor: factor.id }, event.currentTarget.checked)}
              />
              {factor.label} (in general)
            </label>
            {factor.subItems.map((item) => (
              <label class="choice sub" key={item.id}>
                <input
                  type="checkbox"
                  checked={value.some((tag) => same(tag, { factor: factor.id, subItem: item.id }))}
                  onChange={(event) =>
                    toggle({ factor: factor.id, subItem: item.id }, event.currentTarget.checked)
                  }
                />
                {item.label}
              </label>
            ))}
          </details>
        );
      })}
    </fieldset>
  );
}
