/**
 * Calibration of first auditors against the moderator, pure: grades as ordered codes on the template's
 * scales (the scale's first level is code 0, the most favourable), per auditor (mean difference, how
 * often higher or lower, a confusion matrix) and per template section (the two graders' code rows, for
 * the agreement worker). Only records with the moderator's grades count.
 */
import { scaleValues } from '../audit/scales';
import type { ModerationRecord } from '../model/moderation';
import type { Template } from '../model/template';

/** A unit graded by both: which audit, which section (`overall` for the overall grade). */
export interface Unit {
  auditId: string;
  auditor: string;
  section: string;
  first: number | null;
  second: number | null;
}

export const OVERALL = 'overall';

/** The scale values of the overall grade and of each section, in order. */
export function scalesOf(template: Template): Map<string, string[]> {
  const map = new Map<string, string[]>();
  map.set(OVERALL, scaleValues(template.overallScale ?? template.scale));
  for (const section of template.sections) map.set(section.id, scaleValues(section.scale ?? template.scale));
  return map;
}

/** Every graded unit of the returned records, grades as codes (null: not graded or not on the scale). */
export function unitsOf(records: readonly ModerationRecord[], template: Template): Unit[] {
  const scales = scalesOf(template);
  const code = (section: string, grade: string | undefined) => {
    const index = grade === undefined ? -1 : (scales.get(section)?.indexOf(grade) ?? -1);
    return index < 0 ? null : index;
  };
  const units: Unit[] = [];
  for (const record of records) {
    if (!record.second) continue;
    for (const section of scales.keys()) {
      const first = section === OVERALL ? record.first.overall : record.first.sections[section];
      const second = section === OVERALL ? record.second.overall : record.second.sections[section];
      const unit = { auditId: record.auditId, auditor: record.auditor, section };
      if (first !== undefined || second !== undefined)
        units.push({ ...unit, first: code(section, first), second: code(section, second) });
    }
  }
  return units;
}

export interface AuditorCalibration {
  auditor: string;
  /** Units both graded. */
  pairs: number;
  /** Mean of (moderator's code − auditor's code): positive when the auditor grades more favourably. */
  meanDifference: number;
  /** How often the auditor's grade was more favourable, the same, or less favourable. */
  higher: number;
  same: number;
  lower: number;
  /** Overall grades: rows the auditor's grade, columns the moderator's, counts. */
  matrix: number[][];
}

/** Per auditor, in reference order. `overallLevels`: how many overall grades the scale has. */
export function calibrateAuditors(units: readonly Unit[], overallLevels: number): AuditorCalibration[] {
  const by = new Map<string, Unit[]>();
  for (const unit of units) by.set(unit.auditor, [...(by.get(unit.auditor) ?? []), unit]);
  return [...by.keys()].sort().map((auditor) => {
    const paired = by.get(auditor)!.filter((u) => u.first !== null && u.second !== null);
    const matrix = Array.from({ length: overallLevels }, () => Array<number>(overallLevels).fill(0));
    for (const u of paired) if (u.section === OVERALL) matrix[u.first!]![u.second!]! += 1;
    const diffs = paired.map((u) => u.second! - u.first!);
    return {
      auditor,
      pairs: paired.length,
      meanDifference: diffs.length ? diffs.reduce((a, b) => a + b, 0) / diffs.length : NaN,
      higher: diffs.filter((d) => d > 0).length,
      same: diffs.filter((d) => d === 0).length,
      lower: diffs.filter((d) => d < 0).length,
      matrix,
    };
  });
}

/** The two graders' rows for one section (or all units, without `section`), for the agreement worker. */
export function ratingsOf(units: readonly Unit[], section?: string): (number | null)[][] {
  const chosen = section === undefined ? units : units.filter((u) => u.section === section);
  return [chosen.map((u) => u.first), chosen.map((u) => u.second)];
}
