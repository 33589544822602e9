/**
 * The observations of this screen: add one about the selected text (or the screen), pick a field or
 * element, edit, delete with undo, and follow clicks on highlights in the page. Alt+O adds, Alt+P picks.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import { pageKey, type PageContext } from '@/lib/model/page-context';
import type { Observation, ObservationTarget } from '@/lib/model/observation';
import { toPage } from '@/lib/page-bridge/client';
import type { DescribedTarget } from '@/lib/page-bridge/protocol';
import type { TabView } from '../sidebar/use-tab';
import type { AuditsView } from '../sidebar/use-audits';
import { errorText } from '../error-text';
import { plural } from '../format';
import { ActionMessage, type Message } from '../ActionMessage';
import { ObservationForm } from './ObservationForm';
import { ObservationList } from './ObservationList';
import { useObservations } from './use-observations';
import { dropDraft, keptDraft, type ObservationDraft } from '@/lib/audit/observation-drafts';
import type { Citation } from '../friction/cite';
import { usePick } from '../sidebar/use-pick';
import { PickPanel } from '../sidebar/PickPanel';

interface Props {
  tab: TabView;
  audits: AuditsView;
  sectionId: string | null;
  /** Friction evidence to start an observation from (see FrictionPanel). */
  citation?: Citation | null;
  onCitationUsed?(): void;
}

type Draft = { target: ObservationTarget; existing: Observation | null; preset?: Citation['preset'] };

export function ObservationsPanel({ tab, audits, sectionId, citation, onCitationUsed }: Props) {
  const { tabId, context } = tab;
  const key = context ? pageKey(context) : null;
  const list = useObservations(tabId, key);
  const [draft, setDraft] = useState<Draft | null>(null);
  const pickMode = usePick(tabId);
  const { picking } = pickMode;
  const pickButton = useRef<HTMLButtonElement>(null);
  const wasPicking = useRef(false);
  useEffect(() => {
    // Pick mode cancelled: the keyboard goes back to where it started.
    if (wasPicking.current && !picking && !draft && document.hasFocus()) pickButton.current?.focus();
    wasPicking.current = picking;
  }, [picking]);
  const [message, setMessage] = useState<Message | null>(null);
  // What the auditor was writing on this screen before a reload or a move to another screen.
  const [kept, setKept] = useState<ObservationDraft | null>(null);
  useEffect(() => {
    // A new observation's form belongs to its screen: it closes when the screen changes (its draft
    // is kept) and is offered again on return.
    // (Only a form about another screen: the sidebar may learn of a navigation after the form opened.)
    setDraft((open) =>
      open && !open.existing && !open.preset?.evidence && key !== null && pageKey(open.target.page) !== key
        ? null
        : open,
    );
    setKept(null);
    if (key) void keptDraft(key).then(setKept);
  }, [key]);

  /** The target on the screen the page shows now (the sidebar's context may lag a navigation by a moment). */
  const targetOf = (described: DescribedTarget | null, onScreen: PageContext): ObservationTarget => {
    const { title: _title, ...page } = onScreen;
    return described
      ? { page, selectors: described.selectors, quote: described.quote }
      : { page, selectors: [] };
  };

  async function add() {
    if (tabId === null || !context) return;
    const described = await toPage(tabId, { type: 'anchors/describe-selection' }).catch(() => ({
      target: null,
      context,
    }));
    setDraft({ target: targetOf(described.target, described.context), existing: null });
  }

  async function pick() {
    if (tabId === null || !context || picking) return;
    try {
      const picked = await pickMode.start();
      if (picked?.target) setDraft({ target: targetOf(picked.target, picked.context), existing: null });
    } catch (error) {
      setMessage({ alert: true, text: errorText(error) });
    }
  }

  // Alt+O / Alt+P pressed in the record (the in-page script reports them).
  useEffect(() => {
    if (tab.shortcut?.action === 'add') void add();
    else if (tab.shortcut?.action === 'pick') void pick();
  }, [tab.shortcut?.at]);

  useEffect(() => {
    if (!citation) return;
    setDraft({ target: citation.target, existing: null, preset: citation.preset });
    onCitationUsed?.();
    document.getElementById('observation-form-heading')?.scrollIntoView({ block: 'start' });
  }, [citation]);

  async function remove(observation: Observation) {
    try {
      const { observation: deleted, replies } = await request({
        type: 'observation/delete',
        id: observation.id,
      });
      if (deleted) {
        setMessage({
          text:
            replies.length === 0
              ? 'Observation deleted.'
              : `Observation and its ${plural(replies.length, 'reply', 'replies')} deleted.`,
          undo: () => request({ type: 'observation/restore', observation: deleted, replies }),
        });
      }
    } catch (error) {
      setMessage({ alert: true, text: errorText(error) });
    }
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (picking && event.key === 'Escape') return pickMode.cancel();
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.code === 'KeyO') void add();
      else if (event.code === 'KeyP') void pick();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  return (
    <>
      <div class="card toolbar" role="toolbar" aria-label="Observation tools">
        <button type="button" onClick={add} disabled={!context || picking} aria-keyshortcuts="Alt+O">
          Add observation
        </button>
        {!picking && (
          <button
            type="button"
            class="secondary"
            onClick={pick}
            disabled={!context}
            aria-keyshortcuts="Alt+P"
            ref={pickButton}
          >
            Pick element
          </button>
        )}
        {picking && <PickPanel pick={pickMode} />}
        {!picking && !draft && (
          <p class="muted small">
            Select text in the record first to anchor to it; otherwise the observation is about the whole
            screen.
          </p>
        )}
      </div>
      <ActionMessage message={message} onClose={() => setMessage(null)} class="card" />
      {kept && !draft && (
        <div class="card" role="region" aria-labelledby="kept-draft-heading">
          <h2 id="kept-draft-heading">Unsaved observation on this screen</h2>
          <p class="note-text">“{(kept.fields.comment ?? '').slice(0, 120)}”</p>
          <div class="row">
            <button
              type="button"
              onClick={() => {
                setDraft({ target: kept.target, existing: null, preset: kept.fields });
                setKept(null);
              }}
            >
              Continue writing
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                if (key) void dropDraft(key);
                setKept(null);
              }}
            >
              Discard draft
            </button>
          </div>
        </div>
      )}
      {draft && (
        <ObservationForm
          key={draft.existing?.id ?? (draft.preset ? `cite-${draft.preset.evidence?.[0]?.ref}` : 'new')}
          target={draft.target}
          existing={draft.existing}
          preset={draft.preset}
          audit={audits.active}
          defaultSectionId={sectionId}
          onDone={(saved) => {
            setDraft(null);
            if (saved) setMessage({ text: 'Observation saved.' });
          }}
        />
      )}
      <ObservationList
        list={list}
        tab={tab}
        templateOf={(observation) => {
          const audit = audits.audits.find((candidate) => candidate.id === observation.auditId);
          return (
            audits.templates.find((t) => t.id === audit?.templateId && t.version === audit.templateVersion) ??
            null
          );
        }}
        onEdit={(observation) => setDraft({ target: observation.target, existing: observation })}
        onDelete={remove}
      />
    </>
  );
}
