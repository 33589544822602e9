/**
 * What a friction flag is filed under: its category and its severity. The ids are stable (they are
 * stored and exported), and the flag schema (friction.ts) accepts only these. Their wording for
 * people, and the order they are offered in, is in lib/friction/categories.ts.
 */
import { z } from 'zod';

/** Categories practitioners choose from, after studies of children's case-recording systems (domain notes §6). */
export const FRICTION_CATEGORY_IDS = [
  'duplicate-entry',
  'irrelevant-mandatory',
  'unclear-label',
  'navigation-depth',
  'timeout-lost-work',
  'slow-or-crashing',
  'tick-box-structure',
  'timescale-pressure',
  'authorisation-bottleneck',
  'cannot-attach',
  'recorded-for-indicator',
  'other',
] as const;
export const FrictionCategorySchema = z.enum(FRICTION_CATEGORY_IDS);
export type FrictionCategory = z.infer<typeof FrictionCategorySchema>;

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;
