/**
 * The dashboard's first charts, drawn from the counts kept on write (lib/storage/observation-summary.ts)
 * instead of every record: observations by contributory factor and grades by template section over all
 * observations, equal to what `byFactor` and `gradesBySection` count from the records.
 */
import type { Observation } from '../model/observation';
import { cellKey, type ObservationSummary } from '../storage/observation-summary';
import type { Labeller } from '../export/labels';
import { factorSeries, weightedGradesBySection, type Series } from './aggregates';
import type { TemplateBook } from './labels';

export function factorsFromSummary(summary: ObservationSummary): Series {
  return factorSeries((factor, kind) => summary.cells[cellKey('kf', kind, factor)] ?? 0);
}

export function gradesFromSummary(
  summary: ObservationSummary,
  labels?: Labeller,
  book?: TemplateBook,
): Series {
  const entries = Object.entries(summary.cells).flatMap(([cell, count]) => {
    const [type, auditId, sectionId, grade] = JSON.parse(cell) as [string, string | null, string, string];
    // The labeller reads only the audit, section and grade of an observation.
    return type === 'sg' ? [{ o: { auditId, sectionId, grade } as Observation, count }] : [];
  });
  return weightedGradesBySection(entries, labels, book);
}
