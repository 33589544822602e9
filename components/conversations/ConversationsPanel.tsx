/**
 * The conversation records of one audit, in the sidebar during an audit with the worker and on the
 * dashboard after a call: listed in the order they took place, recorded, edited and deleted with the
 * same form. Reads through the background (the sidebar cannot open IndexedDB) and follows its changes.
 */
import { useEffect, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import type { Conversation, ConversationFields } from '@/lib/model/conversation';
import type { Template } from '@/lib/model/template';
import { dropConversationDraft, keptConversationDraft } from '@/lib/audit/conversation-drafts';
import { ActionMessage, type Message } from '../ActionMessage';
import { errorText } from '../error-text';
import { useBackgroundQuery } from '../use-background-query';
import { ConversationForm } from './ConversationForm';
import { ConversationItem } from './ConversationItem';

interface Props {
  auditId: string;
  template: Template | null;
  /** Prefix of element ids, so the panel's form ids are unique on its page. */
  idPrefix?: string;
}

type Open = { existing: Conversation | null; draft?: ConversationFields | null };

export function ConversationsPanel({ auditId, template, idPrefix = 'conversation' }: Props) {
  const list = useBackgroundQuery(
    'conversations',
    async () => (await request({ type: 'conversation/list', auditId })).conversations,
    [auditId],
  );
  const observations = useBackgroundQuery(
    'observations',
    async () => (await request({ type: 'observation/list-for-audit', auditId })).observations,
    [auditId],
  );
  const [open, setOpen] = useState<Open | null>(null);
  const [kept, setKept] = useState<ConversationFields | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  useEffect(() => {
    setOpen(null);
    setKept(null);
    void keptConversationDraft(auditId).then(setKept);
  }, [auditId]);

  async function remove(conversation: Conversation) {
    try {
      await request({ type: 'conversation/delete', id: conversation.id });
      setMessage({ text: 'Conversation record deleted.' });
    } catch (error) {
      setMessage({ alert: true, text: errorText(error) });
    }
  }

  const linkable = observations.status === 'ready' ? observations.value : [];
  const headingId = `${idPrefix}s-heading`;
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Conversations</h2>
      <p class="muted small">
        With the case holder, a manager, the child or the family. A role is enough; not part of the record.
      </p>
      {!open && (
        <div class="row">
          <button type="button" onClick={() => setOpen({ existing: null })}>
            Record a conversation
          </button>
        </div>
      )}
      {kept && !open && (
        <p class="row">
          <span>An unsaved conversation record is kept for this audit.</span>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setOpen({ existing: null, draft: kept });
              setKept(null);
            }}
          >
            Continue writing
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              void dropConversationDraft(auditId);
              setKept(null);
            }}
          >
            Discard draft
          </button>
        </p>
      )}
      <ActionMessage message={message} onClose={() => setMessage(null)} />
      {open && (
        <ConversationForm
          key={open.existing?.id ?? 'new'}
          auditId={auditId}
          template={template}
          observations={linkable}
          existing={open.existing}
          draft={open.draft}
          idPrefix={idPrefix}
          onDone={(saved) => {
            setOpen(null);
            if (saved) setMessage({ text: 'Conversation record saved.' });
          }}
        />
      )}
      {list.status === 'error' && (
        <p role="alert" class="error">
          {list.message}
        </p>
      )}
      {list.status === 'ready' && list.value.length === 0 && (
        <p class="muted">No conversations recorded for this audit yet.</p>
      )}
      {list.status === 'ready' && list.value.length > 0 && (
        <ul class="conversations" aria-label="Conversation records">
          {list.value.map((conversation) => (
            <ConversationItem
              key={conversation.id}
              conversation={conversation}
              observations={linkable}
              template={template}
              onEdit={() => setOpen({ existing: conversation })}
              onDelete={() => void remove(conversation)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
