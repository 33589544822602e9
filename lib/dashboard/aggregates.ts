/**
 * The numbers behind the dashboard's charts: observations by contributory factor (strengths and
 * concerns side by side), grades by template section, audits started per month, and friction hot spots
 * by screen and field. Pure functions over what the filters show.
 */
import type { Audit } from '../model/audit';
import type { CounterRow } from '../model/friction';
import type { Observation } from '../model/observation';
import { FACTORS } from '../audit/factors';
import { frictionScore } from '../storage/friction-counters';
import type { Labeller } from '../export/labels';
import { monthLabel, type TemplateBook } from './labels';

export interface Series {
  /** Category labels along the axis, and the value each carries when clicked (a filter value). */
  labels: string[];
  keys: string[];
  datasets: { label: string; data: number[] }[];
}

export function byFactor(observations: readonly Observation[]): Series {
  return factorSeries(
    (factor, kind) =>
      observations.filter((o) => o.kind === kind && o.factors.some((tag) => tag.factor === factor)).length,
  );
}

/** Strengths and concerns per contributory factor, counted by `count`. */
export function factorSeries(count: (factor: string, kind: Observation['kind']) => number): Series {
  return {
    labels: FACTORS.map((factor) => factor.label),
    keys: FACTORS.map((factor) => factor.id),
    datasets: [
      { label: 'Strengths', data: FACTORS.map((factor) => count(factor.id, 'strength')) },
      { label: 'Concerns', data: FACTORS.map((factor) => count(factor.id, 'concern')) },
    ],
  };
}

/** Observations that share what a chart counts, `count` of them (one, or a summary's cell). */
export interface Weighted<T> {
  o: T;
  count: number;
}

/**
 * Grades by template section: sections (by title) in template order, one series per grade (by its
 * label on the scale) in scale order. The keys stay the section ids (the filter's values).
 */
export function gradesBySection(
  observations: readonly Observation[],
  labels?: Labeller,
  book?: TemplateBook,
): Series {
  return weightedGradesBySection(
    observations.map((o) => ({ o, count: 1 })),
    labels,
    book,
  );
}

/** `gradesBySection` over weighted observations (only audit, section and grade are read). */
export function weightedGradesBySection(
  entries: readonly Weighted<Observation>[],
  labels?: Labeller,
  book?: TemplateBook,
): Series {
  const graded = entries.filter(({ o }) => o.sectionId && o.grade);
  const order = new Map<string, number>();
  for (const template of book?.templates ?? [])
    template.sections.forEach((s) => order.has(s.id) || order.set(s.id, order.size));
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const sections = [...new Set(graded.map(({ o }) => o.sectionId!))].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  );
  const sectionTitle = new Map<string, string>();
  const gradeWords = new Map<string, string>();
  const tally = new Map<string, number>();
  for (const { o, count } of graded) {
    if (!sectionTitle.has(o.sectionId!)) sectionTitle.set(o.sectionId!, labels?.section(o) ?? o.sectionId!);
    const words = labels?.grade(o) ?? o.grade!;
    if (!gradeWords.has(words)) gradeWords.set(words, o.grade!);
    const cell = JSON.stringify([o.sectionId, words]);
    tally.set(cell, (tally.get(cell) ?? 0) + count);
  }
  const levelOrder = new Map<string, number>();
  for (const template of book?.templates ?? [])
    for (const scale of [template.scale, ...template.sections.map((s) => s.scale)])
      if (scale?.type === 'levels')
        scale.levels.forEach((l) => levelOrder.has(l.value) || levelOrder.set(l.value, levelOrder.size));
  const grades = [...gradeWords].sort(
    ([wa, a], [wb, b]) =>
      (levelOrder.get(a) ?? 1e9) - (levelOrder.get(b) ?? 1e9) ||
      Number(a) - Number(b) ||
      wa.localeCompare(wb),
  );
  return {
    labels: sections.map((id) => sectionTitle.get(id)!),
    keys: sections,
    datasets: grades.map(([words]) => ({
      label: words,
      data: sections.map((section) => tally.get(JSON.stringify([section, words])) ?? 0),
    })),
  };
}

export function auditsPerMonth(audits: readonly Audit[]): Series {
  const months = [...new Set(audits.map((a) => a.startedAt.slice(0, 7)))].sort();
  return {
    labels: months.map(monthLabel),
    keys: months,
    datasets: [
      { label: 'Started', data: months.map((m) => audits.filter((a) => a.startedAt.startsWith(m)).length) },
      {
        label: 'Finished',
        data: months.map((m) => audits.filter((a) => a.finishedAt?.startsWith(m)).length),
      },
    ],
  };
}

/** The fields with most friction signal across screens (top `limit`). */
export function frictionHotSpots(rows: readonly CounterRow[], limit = 10): Series {
  const totals = new Map<string, { label: string; screen: string; counts: Record<string, number> }>();
  for (const row of rows) {
    if (row.field === '(page)') continue;
    const key = `${row.screen}|${row.form}|${row.field}`;
    const entry = totals.get(key) ?? {
      label: `${row.screen}: ${row.label ?? row.field}`,
      screen: row.screen,
      counts: {},
    };
    for (const [name, value] of Object.entries(row.counts))
      entry.counts[name] = (entry.counts[name] ?? 0) + value;
    totals.set(key, entry);
  }
  const top = [...totals.values()]
    .map((entry) => ({ ...entry, score: Math.round(frictionScore(entry.counts)) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
  return {
    labels: top.map((t) => t.label),
    keys: top.map((t) => t.screen),
    datasets: [{ label: 'Friction score', data: top.map((t) => t.score) }],
  };
}
