/**
 * Recording a conversation with a practitioner, a manager, the child or the family, during an audit
 * (sidebar) or after a call (dashboard): with whom (a role; a name only when added on purpose), date,
 * mode, consent for family members, the six prompts, factors, links to the audit's observations and
 * template sections. Not anchored to the record. A new record is kept as the audit's draft while it is
 * written. Ctrl+Enter saves, Esc cancels.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import {
  CONVERSATION_MODE_LABELS,
  CONVERSATION_MODES,
  CONVERSATION_ROLE_LABELS,
  CONVERSATION_ROLES,
  FAMILY_ROLES,
  type Conversation,
  type ConversationFields,
  type ConversationRole,
} from '@/lib/model/conversation';
import type { Observation } from '@/lib/model/observation';
import type { Template } from '@/lib/model/template';
import { dropConversationDraft, hasWriting, keepConversationDraft } from '@/lib/audit/conversation-drafts';
import { errorText } from '../error-text';
import { FactorPicker } from '../observations/FactorPicker';
import { useFocusOnMount } from '../use-focus-on-mount';
import { ConsentChoice, ConversationPrompts } from './ConversationPrompts';
import { ConversationLinks } from './ConversationLinks';

const DRAFT_DELAY_MS = 400;

interface Props {
  auditId: string;
  template: Template | null;
  /** The audit's observations, to link to. */
  observations: Observation[];
  existing: Conversation | null;
  /** A kept draft to continue. */
  draft?: ConversationFields | null;
  /** Prefix of element ids, so two forms never share one. */
  idPrefix?: string;
  onDone(saved: Conversation | null): void;
}

const today = () => new Date().toISOString().slice(0, 10);

function initialFields(auditId: string, existing: Conversation | null): ConversationFields {
  if (existing) {
    const { id: _i, author: _a, createdAt: _c, updatedAt: _u, ...fields } = existing;
    return fields;
  }
  return {
    auditId,
    withRole: 'case-holder',
    date: today(),
    mode: 'in-person',
    prompts: {},
    factors: [],
    observationIds: [],
    sectionIds: [],
  };
}

/** The fields as saved: a name only when one was written, consent only for family members. */
function cleaned(fields: ConversationFields): ConversationFields {
  const { name, consent, ...rest } = fields;
  const prompts = Object.fromEntries(Object.entries(fields.prompts).filter(([, text]) => text?.trim()));
  return {
    ...rest,
    prompts,
    ...(name?.trim() ? { name } : {}),
    ...(FAMILY_ROLES.includes(fields.withRole) ? { consent: consent ?? 'not-asked' } : {}),
  };
}

export function ConversationForm(props: Props) {
  const { auditId, template, observations, existing, onDone, idPrefix = 'conversation' } = props;
  const [fields, setFields] = useState<ConversationFields>(
    () => props.draft ?? initialFields(auditId, existing),
  );
  const [naming, setNaming] = useState(Boolean(fields.name));
  const [error, setError] = useState<string | null>(null);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const set = (change: Partial<ConversationFields>) => setFields((current) => ({ ...current, ...change }));
  const id = (part: string) => `${idPrefix}-${part}`;
  const latest = useRef({ fields, finished: false });
  latest.current.fields = fields;
  const keep = (now: ConversationFields) =>
    hasWriting(now) ? keepConversationDraft(now) : dropConversationDraft(auditId);
  useEffect(() => {
    if (existing) return;
    const timer = setTimeout(() => void keep(fields), DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [fields]);
  useEffect(
    () => () => {
      if (!existing && !latest.current.finished) void keep(latest.current.fields);
    },
    [],
  );
  const finish = (saved: Conversation | null) => {
    latest.current.finished = true;
    if (!existing) void dropConversationDraft(auditId);
    onDone(saved);
  };

  async function save(event?: Event) {
    event?.preventDefault();
    try {
      const clean = cleaned(fields);
      const { conversation } = existing
        ? await request({
            type: 'conversation/update',
            id: existing.id,
            fields: clean,
            expectedUpdatedAt: existing.updatedAt,
          })
        : await request({ type: 'conversation/create', fields: clean });
      finish(conversation);
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  const family = FAMILY_ROLES.includes(fields.withRole);
  return (
    <form
      class="card conversation-form"
      aria-labelledby={id('heading')}
      onSubmit={save}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save(event);
        if (event.key === 'Escape') finish(null);
      }}
    >
      <h2 id={id('heading')} tabIndex={-1} ref={heading}>
        {existing ? 'Edit conversation record' : 'Record a conversation'}
      </h2>
      <div class="field">
        <label for={id('role')}>With whom</label>
        <select
          id={id('role')}
          value={fields.withRole}
          onChange={(event) => set({ withRole: event.currentTarget.value as ConversationRole })}
        >
          {CONVERSATION_ROLES.map((role) => (
            <option key={role} value={role}>
              {CONVERSATION_ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </div>
      {naming ? (
        <div class="field">
          <label for={id('name')}>Name (you chose to record one)</label>
          <input
            id={id('name')}
            value={fields.name ?? ''}
            maxLength={200}
            onInput={(event) => set({ name: event.currentTarget.value })}
          />
        </div>
      ) : (
        <p class="muted small">
          A role is enough.{' '}
          <button type="button" class="link" onClick={() => setNaming(true)}>
            Add a name on purpose
          </button>
        </p>
      )}
      <div class="field">
        <label for={id('date')}>Date</label>
        <input
          id={id('date')}
          type="date"
          value={fields.date}
          onInput={(event) => set({ date: event.currentTarget.value })}
        />
      </div>
      <fieldset class="kinds">
        <legend>Mode</legend>
        {CONVERSATION_MODES.map((mode) => (
          <label class="choice" key={mode}>
            <input
              type="radio"
              name={id('mode')}
              checked={fields.mode === mode}
              onChange={() => set({ mode })}
            />{' '}
            {CONVERSATION_MODE_LABELS[mode]}
          </label>
        ))}
      </fieldset>
      {family && (
        <ConsentChoice name={id('consent')} value={fields.consent} onChange={(consent) => set({ consent })} />
      )}
      <ConversationPrompts
        idPrefix={idPrefix}
        value={fields.prompts}
        onChange={(prompts) => set({ prompts })}
      />
      <FactorPicker value={fields.factors} onChange={(factors) => set({ factors })} />
      <ConversationLinks
        observations={observations}
        template={template}
        fields={fields}
        onChange={(links) => set(links)}
      />
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit">Save conversation</button>
        <button type="button" class="secondary" onClick={() => finish(null)}>
          Cancel
        </button>
        <span class="muted small">Ctrl+Enter saves · Esc cancels</span>
      </div>
      {!existing && <p class="muted small">Kept as a draft on this device until you save or cancel it.</p>}
    </form>
  );
}
