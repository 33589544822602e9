/**
 * One MutationObserver for all of Margin's in-page code (friction capture, the page-change watcher,
 * the sidebar frame's keep-attached). An observer's callback is a call from the page into Margin's
 * isolated world inside the page's own event whenever the page's handlers change the DOM, and that
 * crossing, not the work, is most of what it costs: one observer makes one such call per event,
 * however many parts of Margin want to know. The callback only queues the records (and the time);
 * subscribers get them after the frame, from one timer, or at once through `flush()` when one needs
 * the DOM's current state before it counts something. The observer watches only what its subscribers
 * asked for: the subtree's children always, text and attributes only while a subscriber wants them.
 */

/** What a subscriber wants beyond added and removed nodes. */
export interface MutationNeeds {
  characterData?: boolean;
  /** Attribute changes, with their old values. */
  attributes?: boolean;
}

/** A batch of records, as queued by one observer callback, and when it came (`now()`). */
export type MutationHandler = (records: readonly MutationRecord[], at: number) => void;

export interface MutationHub {
  /** Calls `handler` with every batch from now on, after the frame; until `signal` aborts. */
  subscribe(handler: MutationHandler, needs: MutationNeeds, signal?: AbortSignal): void;
  /** Hands every queued and not yet delivered record to the subscribers now. */
  flush(): void;
  /**
   * How many batches of changes there have been so far, those not yet delivered by the observer
   * included (taken and queued, for after the frame): a cheap "did the page change since".
   */
  changes(): number;
  /** The records taken or delivered by the observer and not yet handed to the subscribers. */
  queued(): readonly { records: readonly MutationRecord[] }[];
}

/** After the frame that follows the event (records of a burst of events go out together). */
export const DELIVERY_DELAY_MS = 50;

export interface HubOptions {
  signal: AbortSignal;
  /** Clock for the batches' times (capture's clock in tests). */
  now?: () => number;
}

/** A hub observing `doc` (its document element may be replaced: the document itself is observed). */
export function createMutationHub(doc: Document, options: HubOptions): MutationHub {
  const { signal } = options;
  const now = options.now ?? performance.now.bind(performance);
  const subscribers: { handler: MutationHandler; needs: MutationNeeds }[] = [];
  let batches: { records: MutationRecord[]; at: number }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let count = 0;
  const take = () => {
    const taken = observer.takeRecords();
    if (taken.length > 0) {
      count += 1;
      batches.push({ records: taken, at: now() });
      timer ??= setTimeout(deliver, DELIVERY_DELAY_MS);
    }
  };

  const deliver = () => {
    take();
    clearTimeout(timer);
    timer = undefined;
    const ready = batches;
    batches = [];
    for (const { records, at } of ready) {
      for (const { handler } of subscribers) {
        try {
          handler(records, at);
        } catch (error) {
          console.warn('Margin:', error);
        }
      }
    }
  };
  const observer = new MutationObserver((records) => {
    count += 1;
    batches.push({ records, at: now() });
    timer ??= setTimeout(deliver, DELIVERY_DELAY_MS);
  });
  const observe = () => {
    if (subscribers.length === 0) return observer.disconnect();
    const attributes = subscribers.some(({ needs }) => needs.attributes);
    observer.observe(doc, {
      childList: true,
      subtree: true,
      characterData: subscribers.some(({ needs }) => needs.characterData),
      attributes,
      attributeOldValue: attributes,
    });
  };
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
      subscribers.length = 0;
      batches = [];
    },
    { once: true },
  );

  return {
    subscribe(handler, needs, own) {
      if (signal.aborted || own?.aborted) return;
      // Records already queued are for the subscribers before it.
      if (batches.length > 0) deliver();
      const entry = { handler, needs };
      subscribers.push(entry);
      observe();
      own?.addEventListener(
        'abort',
        () => {
          deliver();
          const at = subscribers.indexOf(entry);
          if (at >= 0) subscribers.splice(at, 1);
          if (!signal.aborted) observe();
        },
        { once: true },
      );
    },
    flush: deliver,
    changes() {
      take();
      return count;
    },
    queued: () => batches,
  };
}
