/**
 * The thresholds of the passive friction signals, adjustable in Settings (defaults from the domain
 * notes §7). Validated here; the in-page script receives them through its page configuration.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { DEFAULT_THRESHOLDS, type FrictionThresholds } from '../friction/types';

export const ThresholdsSchema = z.strictObject({
  rageClickCount: z.number().int().min(2, 'a rage click needs at least 2 clicks').max(10),
  rageClickIntervalMs: z.number().int().min(100).max(5000),
  rageClickRadiusPx: z.number().int().min(5).max(500),
  deadClickWindowMs: z.number().int().min(100).max(10_000),
  flushIntervalMs: z.number().int().min(1000).max(60_000),
});

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
