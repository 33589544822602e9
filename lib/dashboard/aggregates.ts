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

export interface Series {
  /** Category labels along the axis, and the value each carries when clicked (a filter value). */
  labels: string[];
  keys: string[];
  datasets: { label: string; data: number[] }[];
}

export function byFactor(observations: readonly Observation[]): Series {
  const count = (factor: string, kind: Observation['kind']) =>
    observations.filter((o) => o.kind === kind && o.factors.some((tag) => tag.factor === factor)).length;
  return {
    labels: FACTORS.map((factor) => factor.label),
    keys: FACTORS.map((factor) => factor.id),
    datasets: [
      { label: 'Strengths', data: FACTORS.map((factor) => count(factor.id, 'strength')) },
      { label: 'Concerns', data: FACTORS.map((factor) => count(factor.id, 'concern')) },
    ],
  };
}

export function gradesBySection(observations: readonly Observation[]): Series {
  const graded = observations.filter((o) => o.sectionId && o.grade);
  const sections = [...new Set(graded.map((o) => o.sectionId!))].sort();
  const grades = [...new Set(graded.map((o) => o.grade!))].sort();
  return {
    labels: sections,
    keys: sections,
    datasets: grades.map((grade) => ({
      label: grade,
      data: sections.map(
        (section) => graded.filter((o) => o.sectionId === section && o.grade === grade).length,
      ),
    })),
  };
}

export function auditsPerMonth(audits: readonly Audit[]): Series {
  const months = [...new Set(audits.map((a) => a.startedAt.slice(0, 7)))].sort();
  return {
    labels: months,
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
