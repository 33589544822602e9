/**
 * One document-level, capture-phase listener per event type for all of Margin's in-page code (friction
 * capture, Margin's keys, the last field, clicks on highlights), fanning out to its handlers. Each
 * listener call crosses from the page into Margin's isolated world, and that crossing, not the work,
 * is most of what a listener costs per event: one crossing per event type keeps Margin at the cost of
 * an extension with a single no-op listener. Not passive (Margin's keys cancel their key press).
 */

/** Where in-page code adds its document listeners: the document itself, or the hub. */
export interface DocumentEvents {
  addEventListener<K extends keyof DocumentEventMap>(
    type: K,
    listener: (event: DocumentEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
}

/** A hub on `doc`, its listeners removed when `signal` aborts; a handler leaves with its own signal. */
export function createEventHub(doc: Document, signal: AbortSignal): DocumentEvents {
  const handlers = new Map<string, Set<(event: Event) => void>>();
  return {
    addEventListener(type, listener, options) {
      if (signal.aborted || options?.signal?.aborted) return;
      let set = handlers.get(type);
      if (!set) {
        const own = new Set<(event: Event) => void>();
        handlers.set(type, (set = own));
        doc.addEventListener(
          type,
          (event) => {
            for (const handler of own) {
              try {
                handler(event);
              } catch (error) {
                console.warn('Margin:', error);
              }
            }
          },
          { capture: true, signal },
        );
      }
      const handler = listener as (event: Event) => void;
      set.add(handler);
      options?.signal?.addEventListener('abort', () => set.delete(handler), { once: true });
    },
  };
}
