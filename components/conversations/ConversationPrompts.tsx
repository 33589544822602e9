/** The six prompts of a conversation record (each optional, with its plain question), and consent for family members. */
import {
  CONSENT_LABELS,
  CONSENT_STATES,
  CONVERSATION_PROMPTS,
  PROMPT_LABELS,
  type ConsentState,
  type ConversationFields,
} from '@/lib/model/conversation';

type Prompts = ConversationFields['prompts'];

export function ConversationPrompts({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: Prompts;
  onChange(next: Prompts): void;
}) {
  return (
    <fieldset class="prompts">
      <legend>What you heard (each optional)</legend>
      {CONVERSATION_PROMPTS.map((prompt) => {
        const { label, hint } = PROMPT_LABELS[prompt];
        const id = `${idPrefix}-${prompt}`;
        return (
          <div class="field" key={prompt}>
            <label for={id}>{label}</label>
            {hint && (
              <p class="muted small" id={`${id}-hint`}>
                {hint}
              </p>
            )}
            <textarea
              id={id}
              rows={2}
              aria-describedby={hint ? `${id}-hint` : undefined}
              value={value[prompt] ?? ''}
              onInput={(event) => onChange({ ...value, [prompt]: event.currentTarget.value })}
            />
          </div>
        );
      })}
    </fieldset>
  );
}

export function ConsentChoice({
  name,
  value,
  onChange,
}: {
  name: string;
  value: ConsentState | undefined;
  onChange(next: ConsentState): void;
}) {
  return (
    <fieldset class="kinds">
      <legend>Consent to record this conversation</legend>
      {CONSENT_STATES.map((state) => (
        <label class="choice" key={state}>
          <input
            type="radio"
            name={name}
            checked={(value ?? 'not-asked') === state}
            onChange={() => onChange(state)}
          />{' '}
          {CONSENT_LABELS[state]}
        </label>
      ))}
    </fieldset>
  );
}
