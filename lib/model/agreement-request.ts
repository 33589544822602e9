/**
 * What an extension page asks the agreement worker (`lib/moderation/agreement-worker.ts`) to compute,
 * and what it gets back. The worker parses every request with this schema before computing, so a
 * malformed request gets a readable error instead of a wrong figure.
 */
import { z } from 'zod';

/** Up to 50 graders × 100,000 units: far beyond any round, small enough to keep a worker responsive. */
const MAX_RATERS = 50;
const MAX_UNITS = 100_000;

export const AgreementRequestSchema = z.object({
  id: z.number().int(),
  /** One row per grader, one column per unit (a section of an audit); `null`: not graded. */
  ratings: z
    .array(z.array(z.number().finite().nullable()).max(MAX_UNITS))
    .min(2, 'Agreement needs at least two graders.')
    .max(MAX_RATERS),
  /** Krippendorff's level of measurement; grades are ordinal. */
  level: z.enum(['nominal', 'ordinal', 'interval', 'ratio']).default('ordinal'),
  /** Weights for kappa and Gwet's AC (AC1 with 'none', AC2 otherwise). */
  weights: z.enum(['none', 'linear', 'quadratic']).default('quadratic'),
  /** The scale's grades in order, so a grade nobody gave still counts (Gwet's AC). */
  categories: z.array(z.number().finite()).min(1).optional(),
  /** Percent agreement also counts grades at most this far apart. */
  within: z.number().min(0).default(1),
  resamples: z.number().int().min(0).max(10_000).default(1000),
  seed: z.string().max(40).default('margin-agreement'),
});

export type AgreementRequest = z.input<typeof AgreementRequestSchema>;
export type AgreementRequestParsed = z.output<typeof AgreementRequestSchema>;
