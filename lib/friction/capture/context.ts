/**
 * What every tracker of one capture shares: the document, thresholds, clock, the counters, the
 * sensitivity checks and the epoch of the trackers' per-element caches. One object built by
 * startCapture, so trackers stay plain functions.
 */
import type { FrictionThresholds } from '../types';
import type { Aggregate } from './aggregate';
import type { Later } from './later';

/** Shared state of one running capture. */
export interface CaptureContext {
  doc: Document;
  thresholds: FrictionThresholds;
  now: () => number;
  aggregate: Aggregate;
  /** Work kept off the event path, run after the next frame (later.ts). */
  later: Later;
  /** True when `element` must be ignored entirely (every rule); also forgets any counters it already had. */
  isSensitive(element: Element): boolean;
  /**
   * Trackers cache what they work out about an event target (is it a field, which form, is it
   * sensitive) for the current epoch only. It moves on whenever that may have changed: any DOM
   * mutation, each flush-timer tick (an adapter or address change without a mutation), a flush, a
   * visibility change.
   */
  epoch: number;
  /**
   * Moves the epoch if the page changed since the epoch last moved, changes not yet delivered
   * included (their records are handled after the frame). Called before a counter moves, so a field
   * that turned into a password field earlier in the same task is seen as sensitive.
   */
  catchUp(): void;
  /** Hands the DOM changes not yet handled to the trackers now (off the event path only). */
  flushChanges(): void;
  /**
   * True shortly after a person's own input (a trusted click, key, input or paste). Validation errors
   * and error summaries are page state a script can set at any time; they count only as the answer to
   * something a person just did. `at` (default now) is when the page changed: DOM changes are handled
   * after the frame, by when the person may have acted again.
   */
  afterPerson(at?: number): boolean;
}
