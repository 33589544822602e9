/**
 * Agreement per round over time, pure: each round with moderated grades, in the order the rounds
 * opened, with the two graders' code rows (every section and the overall grade, on the round's own
 * template, as `calibration.ts` codes them) for the agreement worker. A round whose template is not on
 * this device cannot be coded: it is left out and counted, so a screen can say so.
 */
import type { ModerationRecord } from '../model/moderation';
import type { Round } from '../model/round';
import type { Template } from '../model/template';
import { ratingsOf, unitsOf } from './calibration';

/** One round of the series. */
export interface RoundPoint {
  roundId: string;
  name: string;
  opensOn: string;
  /** Audits the moderator graded. */
  moderated: number;
  /** Graders' rows (first auditor, moderator), one column per graded section or overall grade. */
  ratings: (number | null)[][];
}

/** The rounds with moderator's grades, oldest first; `uncoded`: rounds left out for want of their template. */
export function roundSeries(
  rounds: readonly Round[],
  records: readonly ModerationRecord[],
  templateOf: (round: Round) => Template | undefined,
): { points: RoundPoint[]; uncoded: number } {
  const points: RoundPoint[] = [];
  let uncoded = 0;
  const ordered = [...rounds].sort((a, b) => a.opensOn.localeCompare(b.opensOn) || a.id.localeCompare(b.id));
  for (const round of ordered) {
    const graded = records.filter((r) => r.roundId === round.id && r.second);
    if (graded.length === 0) continue;
    const template = templateOf(round);
    if (!template) {
      uncoded++;
      continue;
    }
    points.push({
      roundId: round.id,
      name: round.name,
      opensOn: round.opensOn,
      moderated: graded.length,
      ratings: ratingsOf(unitsOf(graded, template)),
    });
  }
  return { points, uncoded };
}
