/**
 * The sidebar's friction section: switch passive capture on or off for this site, flag friction on the
 * form, a picked field or the selection (button, or Alt+Shift+F from anywhere), see this form's
 * evidence, and mark each field's friction on the page.
 */
import { useEffect, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import type { FrictionFlag } from '@/lib/model/friction';
import type { ObservationTarget } from '@/lib/model/observation';
import { toPage } from '@/lib/page-bridge/client';
import type { TabView } from '../sidebar/use-tab';
import { useBackgroundQuery } from '../use-background-query';
import { errorText } from '../error-text';
import { ActionMessage, type Message } from '../ActionMessage';
import { CaptureSwitch } from './CaptureSwitch';
import { FlagForm } from './FlagForm';
import { FrictionSummary } from './FrictionSummary';
import { citeField, citeFlag, type Citation } from './cite';
import { usePick } from '../sidebar/use-pick';
import { PickPanel } from '../sidebar/PickPanel';
import type { DescribedTarget } from '@/lib/page-bridge/protocol';
import type { PageContext } from '@/lib/model/page-context';

/** A flag's target: the described text or field on the screen, or the screen as a whole. */
function flagTarget(described: DescribedTarget | null, onScreen: PageContext): ObservationTarget {
  const { title: _title, ...page } = onScreen;
  return described
    ? { page, selectors: described.selectors, quote: described.quote }
    : { page, selectors: [] };
}

export function FrictionPanel({ tab, onCite }: { tab: TabView; onCite(citation: Citation): void }) {
  const { tabId, context } = tab;
  const screen = context ? (context.formName ?? context.path) : null;
  const summary = useBackgroundQuery(
    ['frictionFlags', 'frictionCounters'],
    async () =>
      context && screen ? request({ type: 'friction/summary', origin: context.origin, screen }) : null,
    [context?.origin, screen],
  );
  const [target, setTarget] = useState<ObservationTarget | null>(null);
  const [layer, setLayer] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  const pick = usePick(tabId);

  /** Flags the selected text, else the field the person was last in, else the screen. */
  async function flag() {
    if (tabId === null || !context) return;
    const described = await toPage(tabId, { type: 'anchors/describe-selection' }).catch(() => ({
      target: null,
      field: null,
      context,
    }));
    setTarget(flagTarget(described.target ?? described.field, described.context));
  }

  async function pickField() {
    if (pick.picking) return;
    try {
      const picked = await pick.start();
      if (picked?.target) setTarget(flagTarget(picked.target, picked.context));
    } catch (error) {
      setMessage({ text: errorText(error), alert: true });
    }
  }
  useEffect(() => {
    if (tab.flagRequest) void flag();
  }, [tab.flagRequest?.at]);

  useEffect(() => {
    if (tabId === null) return;
    const fields =
      layer && summary.status === 'ready' && summary.value
        ? summary.value.fields.filter((f) => f.css && f.score > 0)
        : [];
    void toPage(tabId, {
      type: 'friction/layer',
      items: fields.map((f) => ({
        css: f.css!,
        label: f.label ?? f.field,
        score: Math.round(f.score),
        counts: f.counts,
      })),
    }).catch(() => undefined);
  }, [layer, summary, tabId]);

  async function remove(flagged: FrictionFlag) {
    try {
      const { flag: deleted } = await request({ type: 'friction/flag-delete', id: flagged.id });
      if (deleted) {
        setMessage({
          text: 'Flag deleted.',
          undo: () => request({ type: 'friction/flag-restore', flag: deleted }),
        });
      }
    } catch (error) {
      setMessage({ text: errorText(error), alert: true });
    }
  }

  return (
    <section class="card" aria-labelledby="friction-heading">
      <h2 id="friction-heading">Friction</h2>
      <CaptureSwitch origin={context?.origin ?? null} />
      {target ? (
        <FlagForm
          target={target}
          picking={pick.picking ? <PickPanel pick={pick} /> : null}
          onPick={() => void pickField()}
          onWholeScreen={() => setTarget({ page: target.page, selectors: [] })}
          onDone={(saved) => {
            setTarget(null);
            if (saved) setMessage({ text: 'Flag saved.' });
          }}
        />
      ) : (
        <div class="row">
          <button type="button" onClick={flag} disabled={!context} aria-keyshortcuts="Alt+Shift+F">
            Flag friction
          </button>
          <label class="choice">
            <input
              type="checkbox"
              checked={layer}
              onChange={(event) => setLayer(event.currentTarget.checked)}
            />{' '}
            Show friction on page
          </label>
        </div>
      )}
      <ActionMessage message={message} onClose={() => setMessage(null)} />
      {summary.status === 'ready' && summary.value && context && (
        <FrictionSummary
          {...summary.value}
          onDelete={remove}
          onCiteFlag={(flagged) => onCite(citeFlag(flagged))}
          onCiteField={(field, words) => onCite(citeField(field, context, words, summary.value!.days))}
        />
      )}
      {summary.status === 'error' && (
        <p role="alert" class="error">
          Margin could not read friction evidence: {summary.message}
        </p>
      )}
    </section>
  );
}
