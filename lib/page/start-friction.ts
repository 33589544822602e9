/**
 * Runs passive friction capture in the page while the user has it switched on for this site: starts
 * and stops at once when the switch changes, sends batches with the screen they were counted on, and
 * tells the sidebar frame to show that recording is on.
 */
import { MarginRequestError, request } from '../messaging/client';
import type { PageContext } from '../model/page-context';
import { isCaptureOn, watchCapture } from '../friction/capture-setting';
import type { Capture } from '../friction/capture';
import { loadChunk } from './chunks';
import type { DocumentEvents } from './event-hub';
import type { MutationHub } from './mutation-hub';
import type { FrictionBatch, FrictionThresholds } from '../friction/types';

export interface FrictionDeps {
  doc: Document;
  /** Where capture adds its document listeners (the page's event hub). */
  events?: DocumentEvents;
  /** Margin's one mutation observer in this page. */
  mutations: MutationHub;
  origin: string;
  /** False when the organisation's policy forbids passive capture: the switch is then ignored. */
  allowed: boolean;
  isSensitive(element: Element): boolean;
  thresholds: FrictionThresholds;
  currentContext(): PageContext;
  onRecording(on: boolean): void;
  signal: AbortSignal;
}

export interface FrictionRunner {
  /** Call when the screen changed: what was counted so far is sent as the previous screen's. */
  screenChanged(context: PageContext): void;
}

export function runFrictionCapture(deps: FrictionDeps): FrictionRunner {
  const {
    doc,
    events,
    mutations,
    origin,
    allowed,
    isSensitive,
    thresholds,
    currentContext,
    onRecording,
    signal,
  } = deps;
  let capture: Capture | null = null;
  let context = currentContext();

  // A batch belongs to the screen it was counted on: the context when it is first handed over, kept
  // for resends after a screen change.
  const screens = new Map<string, PageContext>();
  const send = async (batch: FrictionBatch): Promise<boolean> => {
    if (!screens.has(batch.id)) screens.set(batch.id, context);
    try {
      await request({ type: 'friction/batch', batch, context: screens.get(batch.id)! });
      screens.delete(batch.id);
      return true; // applied now, or already applied earlier: either way it is stored
    } catch (error) {
      // A refusal will not change on resending (and must not block newer batches); a lost answer may.
      const refused = error instanceof MarginRequestError && error.code !== 'no-answer';
      console.warn(
        refused ? 'Margin refused friction counts:' : 'Margin will resend friction counts:',
        error,
      );
      if (refused) screens.delete(batch.id);
      return refused;
    }
  };

  let wanted = false;
  const apply = (on: boolean) => {
    if (signal.aborted) return;
    on = on && allowed;
    wanted = on;
    // The capture code is imported only where capture is on (lib/page/chunks.ts).
    if (on && !capture)
      void loadChunk('friction')
        .then(({ startCapture }) => {
          if (wanted && !capture && !signal.aborted)
            capture = startCapture({ doc, events, mutations, thresholds, send, isSensitive });
        })
        .catch((error: unknown) => console.warn('Margin could not start friction capture:', error));
    if (!on && capture) {
      capture.stop();
      capture = null;
    }
    onRecording(on);
  };
  void isCaptureOn(origin).then(apply);
  watchCapture(origin, apply, signal);
  signal.addEventListener('abort', () => capture?.stop(), { once: true });

  return {
    screenChanged(next) {
      void capture?.flush();
      context = next;
    },
  };
}
