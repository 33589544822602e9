/**
 * Starts passive friction capture in a case-system page: one set of document-level, capture-phase,
 * passive listeners, one subscription to Margin's mutation observer (its records handled after the
 * frame) and one flush timer, all torn down by `stop()`. Counters accumulate in memory and leave in
 * small batches; nothing typed, pasted or selected is ever read.
 */
import type { MutationHub } from '../../page/mutation-hub';
import type { FrictionBatch, FrictionThresholds } from '../types';
import { createAggregate } from './aggregate';
import { createBatchQueue } from './batch-queue';
import { createClickTracker } from './click-tracker';
import type { CaptureContext } from './context';
import { createFieldTracker } from './field-tracker';
import { createLater } from './later';
import { createPageTracker } from './page-tracker';
import { createSensitiveCheck } from './sensitive';
import { createUnsavedTracker } from './unsaved-tracker';

/**
 * Whether a change may change what an element stands for (a field, its group, sensitive): not text
 * rewritten, nor inline style. Those are most of what a page changes per event (a character count,
 * a highlight), and moving the epoch for them would work every target out again on the next event.
 */
function mayReclassify(record: MutationRecord): boolean {
  if (record.type === 'characterData') return false;
  if (record.type === 'attributes') return record.attributeName !== 'style';
  return hasElement(record.addedNodes) || hasElement(record.removedNodes);
}
function hasElement(nodes: NodeList): boolean {
  for (const node of nodes) if (node.nodeType === 1) return true;
  return false;
}

/** Input only a person makes trusted; validation errors count for this long after it. */
const PERSON_INPUT = new Set<string>(['keydown', 'input', 'paste', 'click']);
const PERSON_WINDOW_MS = 3000;

export interface CaptureOptions {
  doc: Document;
  /**
   * Where document listeners go (default `doc`): Margin's page passes its event hub, so capture adds no
   * listener call of its own per event.
   */
  events?: Pick<Document, 'addEventListener'>;
  /**
   * Margin's one mutation observer in the page (`createMutationHub`): capture adds no observer call
   * of its own inside the page's events.
   */
  mutations: MutationHub;
  thresholds: FrictionThresholds;
  /** Extra "never touch" rule (site adapters will supply selectors); the built-in rules always apply. */
  isSensitive?: (element: Element) => boolean;
  /** Sends one batch; resolves true once the background stored it. A batch not stored is kept and resent later (same id). */
  send: (batch: FrictionBatch) => Promise<boolean>;
  /** Clock, for tests. */
  now?: () => number;
  /**
   * Whether an event was made by a person. Only such events count: a page script can dispatch
   * clicks, keys, pastes and focus changes of its own, and friction counts are evidence about the
   * people using the form. Defaults to `event.isTrusted`; unit tests (jsdom cannot make trusted
   * events) pass their own.
   */
  isTrusted?: (event: Event) => boolean;
}

export interface Capture {
  /** Sends what is pending now (also called on pagehide / visibilitychange hidden). */
  flush(): Promise<void>;
  /** Stops at once: removes every listener, observer and timer; pending counts are flushed first (one send). */
  stop(): void;
}

/**
 * Starts capturing friction signals in `options.doc`. Sensitive fields (passwords, one-time codes,
 * card fields, secret-like names, the adapter's rule) are ignored entirely. Batches go to
 * `options.send` every `flushIntervalMs` when something changed, and at once on page hide or stop.
 */
export function startCapture(options: CaptureOptions): Capture {
  const { doc, thresholds } = options;
  const later = createLater();
  const aggregate = createAggregate(later);
  const queue = createBatchQueue(options.send);
  const sensitive = createSensitiveCheck(options.isSensitive);
  const ctx: CaptureContext = {
    doc,
    thresholds,
    // Bound once: looking `performance` up on the window is a getter call per use.
    now: options.now ?? performance.now.bind(performance),
    aggregate,
    later,
    isSensitive(element) {
      if (!sensitive(element)) return false;
      aggregate.drop(element);
      return true;
    },
    epoch: 0,
    catchUp() {
      const changes = mutations.changes();
      if (changes === seenChanges) return;
      const fresh = changes - seenChanges;
      seenChanges = changes;
      const queued = mutations.queued();
      let reclassify = false;
      for (let i = Math.max(0, queued.length - fresh); i < queued.length; i++) {
        const { records } = queued[i]!;
        if (judged.has(records)) continue;
        judged.add(records);
        reclassify ||= records.some(mayReclassify);
      }
      if (reclassify) ctx.epoch += 1;
    },
    flushChanges: () => mutations.flush(),
    afterPerson(at = ctx.now()) {
      // The person's latest input at or before `at` (the last few are kept: changes wait a frame).
      let latest = -Infinity;
      for (const acted of personActs) if (acted <= at && acted > latest) latest = acted;
      return at - latest <= PERSON_WINDOW_MS;
    },
  };
  let seenChanges = 0;
  // Batches already judged in the event path (their records are handled after the frame).
  const judged = new WeakSet<readonly MutationRecord[]>();
  const personActs = [-Infinity, -Infinity, -Infinity, -Infinity];
  let personIndex = 0;
  const unsaved = createUnsavedTracker(ctx);
  const fields = createFieldTracker(ctx, unsaved);
  const clicks = createClickTracker(ctx);
  const page = createPageTracker(ctx);
  const controller = new AbortController();
  const { mutations } = options;
  let stopped = false;

  const closeBatch = () => {
    mutations.flush();
    later.runNow();
    const batch = aggregate.take();
    if (batch) queue.push(batch);
  };
  const flush = async () => {
    if (stopped) return;
    ctx.epoch += 1;
    closeBatch();
    await queue.drain();
  };
  // Leaving: no awaiting, the messages must be on their way before the page goes.
  const leave = () => {
    mutations.flush();
    later.runNow();
    fields.pause();
    unsaved.leave();
    clicks.onPageHide();
    closeBatch();
    queue.sendAllNow();
  };

  const trusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  // Only a person's hardware input is trusted for these (a script's focus() or checkValidity() can
  // make trusted focus and invalid events, never trusted clicks or keys). Noted in the same listener as
  // the event's own handler: one listener call per event type.
  const events = options.events ?? doc;
  const listen = <K extends keyof DocumentEventMap>(
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
  ) => {
    const person = PERSON_INPUT.has(type);
    events.addEventListener(
      type,
      (event) => {
        if (!trusted(event)) return;
        if (person) personActs[(personIndex = (personIndex + 1) & 3)] = ctx.now();
        handler(event);
      },
      { capture: true, passive: true, signal: controller.signal },
    );
  };
  listen('focusin', fields.onFocusIn);
  listen('focusout', fields.onFocusOut);
  listen('keydown', fields.onKeyDown);
  listen('input', fields.onInput);
  listen('paste', fields.onPaste);
  listen('invalid', fields.onInvalid);
  listen('click', clicks.onClick);
  listen('scroll', clicks.onScroll);
  listen('submit', (event) => {
    page.onSubmit();
    unsaved.submitted(event);
  });
  listen('visibilitychange', () => {
    ctx.epoch += 1;
    if (doc.visibilityState !== 'hidden') return fields.resume();
    fields.pause();
    void flush();
  });
  doc.defaultView?.addEventListener(
    'pagehide',
    (event) => {
      if (trusted(event)) leave();
    },
    { capture: true, signal: controller.signal },
  );

  mutations.subscribe(
    (records, at) => {
      if (!judged.has(records) && records.some(mayReclassify)) ctx.epoch += 1;
      clicks.onMutations(records, at);
      page.onMutations(records, at);
      const invalid = records.filter((record) => record.attributeName === 'aria-invalid');
      if (invalid.length > 0) fields.onAriaInvalid(invalid, at);
    },
    { attributes: true, characterData: true },
    controller.signal,
  );
  const timer = setInterval(() => {
    ctx.epoch += 1;
    if (aggregate.changed || queue.size > 0) void flush();
  }, thresholds.flushIntervalMs);

  fields.adopt(doc.activeElement);
  page.scanInitial();

  return {
    flush,
    stop() {
      if (stopped) return;
      fields.pause();
      closeBatch();
      queue.sendAllNow();
      stopped = true;
      controller.abort();
      clearInterval(timer);
      clicks.stop();
      later.cancel();
    },
  };
}
