/**
 * The thresholds of the passive friction signals, adjustable in Settings (defaults from the domain
 * notes §7). Validated here; the in-page script receives them through its page configuration.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';

export const ThresholdsSchema = z.strictObject({
  /** Clicks on the same element needed for a rage click. */
  rageClickCount: z.number().int().min(2, 'a rage click needs at least 2 clicks').max(10),
  /** Max milliseconds between consecutive clicks of a rage click. */
  rageClickIntervalMs: z.number().int().min(100).max(5000),
  /** Max pixels between consecutive clicks of a rage click. */
  rageClickRadiusPx: z.number().int().min(5).max(500),
  /** A click with no DOM change, navigation or scroll within this window is a dead click. */
  deadClickWindowMs: z.number().int().min(100).max(10_000),
  /** Milliseconds between batches sent to the background. */
  flushIntervalMs: z.number().int().min(1000).max(60_000),
});
export type FrictionThresholds = z.infer<typeof ThresholdsSchema>;

/** The thresholds until someone changes them (domain notes §7). */
export const DEFAULT_THRESHOLDS: FrictionThresholds = {
  rageClickCount: 3,
  rageClickIntervalMs: 1000,
  rageClickRadiusPx: 100,
  deadClickWindowMs: 1000,
  flushIntervalMs: 5000,
};

const KEY = 'frictionThresholds';

/** The thresholds in force: saved ones where valid, the defaults otherwise. */
export async function loadThresholds(): Promise<FrictionThresholds> {
  const parsed = ThresholdsSchema.safeParse((await browser.storage.local.get(KEY))[KEY]);
  return parsed.success ? parsed.data : DEFAULT_THRESHOLDS;
}

/** Validates and saves thresholds; throws a ZodError naming the bad value. */
export async function saveThresholds(thresholds: unknown): Promise<FrictionThresholds> {
  const valid = ThresholdsSchema.parse(thresholds);
  await browser.storage.local.set({ [KEY]: valid });
  return valid;
}

export const THRESHOLDS_KEY = KEY;
