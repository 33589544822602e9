/**
 * What every tracker of one capture shares: the document, thresholds, clock, the counters, and the
 * sensitivity check. One object built by startCapture, so trackers stay plain functions.
 */
import type { FrictionThresholds } from '../types';
import type { Aggregate } from './aggregate';

/** Shared state of one running capture. */
export interface CaptureContext {
  doc: Document;
  thresholds: FrictionThresholds;
  now: () => number;
  aggregate: Aggregate;
  /** True when `element` must be ignored entirely; also forgets any counters it already had. */
  isSensitive(element: Element): boolean;
}
