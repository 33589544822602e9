/**
 * Drawing a round's moderation sample: which finished audits a moderator grades blind a second time.
 * Pure and deterministic: the same audits (in any order), rule and seed give the same draw. The rules,
 * in order (docs/moderation.md says the same for people):
 * 1. Every audit whose overall grade is the scale's worst grade is moderated.
 * 2. Every auditor has at least one audit moderated.
 * 3. The sample is at least `percent` % of the finished audits (rounded half up) and at least
 *    `minimum`, never more than there are audits; places left after rules 1 and 2 are filled at random.
 * Audits are put in id order and shuffled once with the seed (lib/rounds/seed.ts); rules 2 and 3 take
 * audits in that shuffled order, so the draw can be redone by anyone who knows the seed.
 */
import { refKey } from '../model/round';
import { normaliseSeed, seededRandom, shuffled } from '../rounds/seed';

/** What the draw reads of a finished audit. */
export interface ModerationCandidate {
  auditId: string;
  /** The first auditor's reference. */
  auditor: string;
  overallGrade?: string;
}

export interface ModerationRule {
  /** Share of the finished audits to moderate, 0–100. */
  percent: number;
  /** At least this many audits (or all, when there are fewer). */
  minimum: number;
  seed: string;
}

export type DrawReason = 'worst-grade' | 'auditor' | 'random';

export interface ModerationDraw {
  /** The seed as the draw used it (normalised): show this one. */
  seed: string;
  /** Size asked for by the percentage and the minimum. */
  target: number;
  /** The audits to moderate, in the order drawn, each with why it was drawn. */
  drawn: { auditId: string; reason: DrawReason }[];
}

/** Words for a draw reason, for the QA lead. */
export const REASON_TEXT: Record<DrawReason, string> = {
  'worst-grade': 'graded at the worst grade',
  auditor: "the auditor's only moderated audit",
  random: 'drawn at random',
};

/** The number of audits the percentage and minimum ask for, out of `total`. */
export function moderationTarget(rule: Pick<ModerationRule, 'percent' | 'minimum'>, total: number): number {
  const byPercent = Math.floor((rule.percent * total) / 100 + 0.5 + 1e-9);
  return Math.min(total, Math.max(rule.minimum, byPercent));
}

/**
 * Draws the moderation sample. `worstGrade` is the last value of the overall grading scale (undefined
 * when the scale has none). Guarantees: rules 1 and 2 always hold, the sample has at least the target's
 * audits, no audit twice, and more than the target only when rules 1 and 2 need more.
 */
export function drawModeration(
  audits: readonly ModerationCandidate[],
  rule: ModerationRule,
  worstGrade: string | undefined,
): ModerationDraw {
  const order = shuffled(
    [...audits].sort((a, b) => (a.auditId < b.auditId ? -1 : a.auditId > b.auditId ? 1 : 0)),
    seededRandom(rule.seed),
  );
  const target = moderationTarget(rule, audits.length);
  const drawn: ModerationDraw['drawn'] = [];
  const taken = new Set<string>();
  const covered = new Set<string>();
  const take = (audit: ModerationCandidate, reason: DrawReason) => {
    taken.add(audit.auditId);
    covered.add(refKey(audit.auditor));
    drawn.push({ auditId: audit.auditId, reason });
  };
  for (const audit of order) {
    if (worstGrade !== undefined && audit.overallGrade === worstGrade) take(audit, 'worst-grade');
  }
  for (const audit of order) {
    if (!taken.has(audit.auditId) && !covered.has(refKey(audit.auditor))) take(audit, 'auditor');
  }
  for (const audit of order) {
    if (drawn.length >= target) break;
    if (!taken.has(audit.auditId)) take(audit, 'random');
  }
  return { seed: normaliseSeed(rule.seed), target, drawn };
}
