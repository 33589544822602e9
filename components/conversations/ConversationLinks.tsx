/** Linking a conversation record to observations of its audit and to template sections (checkbox lists). */
import type { ConversationFields } from '@/lib/model/conversation';
import type { Observation } from '@/lib/model/observation';
import { KIND_LABELS } from '@/lib/model/observation-kinds';
import type { Template } from '@/lib/model/template';

type Links = Pick<ConversationFields, 'observationIds' | 'sectionIds'>;

const toggled = (list: string[], id: string, on: boolean) =>
  on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);

export function ConversationLinks({
  observations,
  template,
  fields,
  onChange,
}: {
  observations: Observation[];
  template: Template | null;
  fields: Links;
  onChange(next: Links): void;
}) {
  return (
    <>
      <fieldset class="links">
        <legend>Observations it speaks to</legend>
        {observations.length === 0 && <p class="muted small">This audit has no observations yet.</p>}
        {observations.map((observation) => (
          <label class="choice" key={observation.id}>
            <input
              type="checkbox"
              checked={fields.observationIds.includes(observation.id)}
              onChange={(event) =>
                onChange({
                  ...fields,
                  observationIds: toggled(fields.observationIds, observation.id, event.currentTarget.checked),
                })
              }
            />{' '}
            {KIND_LABELS[observation.kind]}: {observation.comment.slice(0, 80)}
          </label>
        ))}
      </fieldset>
      {template && (
        <fieldset class="links">
          <legend>Template sections it speaks to</legend>
          {template.sections.map((section) => (
            <label class="choice" key={section.id}>
              <input
                type="checkbox"
                checked={fields.sectionIds.includes(section.id)}
                onChange={(event) =>
                  onChange({
                    ...fields,
                    sectionIds: toggled(fields.sectionIds, section.id, event.currentTarget.checked),
                  })
                }
              />{' '}
              {section.title}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
