/** What the in-page script needs to know about its site, decided (and validated) by the background. */
import type { Adapter } from '../model/adapter';
import type { FrictionThresholds } from '../friction/types';

export interface PageConfig {
  /** False when policy does not enable this site or the user switched Margin off here. */
  enabled: boolean;
  /** Why Margin is off here, in words, when it is. */
  reason?: string;
  /** Adapters to try, in order: organisation's (policy), user's, built-in. */
  adapters: Adapter[];
  /** False when policy forbids passive friction capture. */
  captureAllowed: boolean;
  /** Thresholds of the passive signals (Settings). */
  thresholds: FrictionThresholds;
}
