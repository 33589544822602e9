/** Choosing a finding's evidence: every observation, conversation and flag of the scope, searchable. */
import { useMemo, useState } from 'preact/hooks';
import { searchItems, type EvidenceItem } from '@/lib/learning/evidence-items';
import type { EvidenceRef } from '@/lib/model/finding';
import { plural } from '../format';
import { EvidenceLinks } from './EvidenceLink';

const SHOWN = 60;
const same = (a: EvidenceRef, b: EvidenceRef) => a.kind === b.kind && a.id === b.id;

export function EvidencePicker(props: {
  items: readonly EvidenceItem[];
  chosen: readonly EvidenceRef[];
  onChange(chosen: EvidenceRef[]): void;
}) {
  const { items, chosen, onChange } = props;
  const [query, setQuery] = useState('');
  const [onlyChosen, setOnlyChosen] = useState(false);
  const found = useMemo(() => {
    const matched = searchItems(items, query);
    return onlyChosen ? matched.filter((i) => chosen.some((c) => same(c, i.ref))) : matched;
  }, [items, query, onlyChosen, chosen]);
  const toggle = (ref: EvidenceRef, on: boolean) =>
    onChange(on ? [...chosen, ref] : chosen.filter((c) => !same(c, ref)));
  return (
    <fieldset class="evidence-picker">
      <legend>Evidence ({plural(chosen.length, 'item')} chosen)</legend>
      <div class="row">
        <div class="field">
          <label for="evidence-search">Search the evidence</label>
          <input
            id="evidence-search"
            type="search"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={onlyChosen}
            onChange={(e) => setOnlyChosen(e.currentTarget.checked)}
          />{' '}
          Only the chosen evidence
        </label>
      </div>
      <p class="muted">
        {plural(found.length, 'item')} found
        {found.length > SHOWN ? `; the first ${SHOWN} shown: search to narrow` : ''}.
      </p>
      <ul class="evidence-list" aria-label="Evidence found">
        {found.slice(0, SHOWN).map((item) => {
          const id = `ev-${item.ref.kind}-${item.ref.id}`;
          return (
            <li key={id}>
              <input
                type="checkbox"
                id={id}
                checked={chosen.some((c) => same(c, item.ref))}
                onChange={(e) => toggle(item.ref, e.currentTarget.checked)}
              />
              <label for={id}>
                <strong>{item.label}</strong>
                {item.text && <span class="evidence-text">{item.text}</span>}
              </label>
              <EvidenceLinks item={item} />
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
