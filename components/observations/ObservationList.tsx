/** The "Observations" region: this screen's observations with their anchoring state; follows page clicks. */
import { useEffect, useState } from 'preact/hooks';
import type { Observation } from '@/lib/model/observation';
import type { Template } from '@/lib/model/template';
import { pageKey } from '@/lib/model/page-context';
import { toPage } from '@/lib/page-bridge/client';
import type { LiveResult } from '../use-live-query';
import type { TabView } from '../sidebar/use-tab';
import { ObservationItem, type AnchorState } from './ObservationItem';
import { useReplies } from '../replies/use-replies';
import { useCurrentAuthor } from '../replies/use-current-author';
import { useDiscussedIn } from '../conversations/use-discussed-in';

interface Props {
  list: LiveResult<Observation[]>;
  tab: TabView;
  templateOf(observation: Observation): Template | null;
  onEdit(observation: Observation): void;
  onDelete(observation: Observation): void;
}

export function ObservationList({ list, tab, templateOf, onEdit, onDelete }: Props) {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const key = tab.context ? pageKey(tab.context) : null;
  const anchors = tab.anchors?.pageKey === key ? tab.anchors : null;
  const replies = useReplies(list.status === 'ready' ? list.value.map((o) => o.id) : []);
  const author = useCurrentAuthor();
  const discussedIn = useDiscussedIn(list.status === 'ready' ? list.value : []);

  // Once the focused observation is anchored on this screen, bring it into view in the page too.
  const focusAnchored = Boolean(tab.focus && anchors?.anchored.includes(tab.focus.observationId));
  useEffect(() => {
    if (focusAnchored && tab.focus && tab.tabId !== null) {
      void toPage(tab.tabId, { type: 'anchors/scroll-to', id: tab.focus.observationId }).catch(
        () => undefined,
      );
    }
  }, [tab.focus?.at, focusAnchored]);

  useEffect(() => {
    if (!tab.focus) return;
    setFocusedId(tab.focus.observationId);
    const item = document.getElementById(`observation-${tab.focus.observationId}`);
    item?.scrollIntoView({ block: 'nearest' });
    item?.focus();
  }, [tab.focus?.at, list.status]);

  const stateOf = (observation: Observation): AnchorState => {
    if (observation.target.selectors.length === 0) return 'page';
    if (anchors?.anchored.includes(observation.id)) return 'anchored';
    if (anchors?.orphaned.includes(observation.id)) return 'orphan';
    return 'finding';
  };

  return (
    <section class="card" role="region" aria-labelledby="observations-heading">
      <h2 id="observations-heading">
        Observations
        {list.status === 'ready' && <span class="count"> ({list.value.length})</span>}
      </h2>
      {list.status === 'loading' && <p class="muted">Loading…</p>}
      {list.status === 'error' && (
        <p role="alert" class="error">
          Margin could not read its observations: {list.message}
        </p>
      )}
      {list.status === 'ready' && list.value.length === 0 && (
        <p class="muted">No observations on this screen yet.</p>
      )}
      {list.status === 'ready' && list.value.length > 0 && (
        <ul class="observations">
          {list.value.map((observation) => (
            <ObservationItem
              key={observation.id}
              observation={observation}
              template={templateOf(observation)}
              state={stateOf(observation)}
              focused={observation.id === focusedId}
              replies={replies.get(observation.id) ?? []}
              discussedIn={discussedIn.get(observation.id) ?? []}
              author={author}
              onShow={() => {
                setFocusedId(observation.id);
                if (tab.tabId !== null)
                  void toPage(tab.tabId, { type: 'anchors/scroll-to', id: observation.id });
              }}
              onEdit={() => onEdit(observation)}
              onDelete={() => onDelete(observation)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
