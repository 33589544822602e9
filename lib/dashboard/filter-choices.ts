/**
 * The choices of the dashboard's Grade and Template section filters: the real grades of the known
 * templates' scales and the real sections of the known templates, in words, grouped by scale and by
 * template, plus any value found in the records that no known template names (shown as stored). The
 * value of each choice is what the filters compare (the stored grade or section id). Pure.
 */
import { scaleValues, gradeLabel } from '../audit/scales';
import type { GradingScale } from '../model/template';
import type { TemplateBook } from './labels';

export interface ChoiceGroup {
  label: string;
  /** `[value, words]` pairs, in scale or template order. */
  options: [string, string][];
}

function scalesOf(book: TemplateBook): GradingScale[] {
  return book.templates.flatMap((t) => [
    t.scale,
    ...(t.overallScale ? [t.overallScale] : []),
    ...t.sections.flatMap((s) => (s.scale ? [s.scale] : [])),
  ]);
}

/** Grades by scale (each value once, under the first scale that has it), then "Other grades". */
export function gradeChoices(book: TemplateBook, seen: readonly string[] = []): ChoiceGroup[] {
  const listed = new Set<string>();
  const groups = new Map<string, ChoiceGroup>();
  for (const scale of scalesOf(book)) {
    if (scale.type === 'none') continue;
    const group = groups.get(scale.name) ?? { label: scale.name, options: [] };
    for (const value of scaleValues(scale)) {
      if (listed.has(value)) continue;
      listed.add(value);
      group.options.push([value, gradeLabel(scale, value)]);
    }
    groups.set(scale.name, group);
  }
  const others = [...new Set(seen)].filter((value) => !listed.has(value)).sort();
  if (others.length > 0) groups.set('', { label: 'Other grades', options: others.map((v) => [v, v]) });
  return [...groups.values()].filter((group) => group.options.length > 0);
}

/**
 * Sections by template (latest version's name). A section id shared by several templates is one
 * choice (the filter compares the id), under the first template, named with each distinct title.
 */
export function sectionChoices(book: TemplateBook, seen: readonly string[] = []): ChoiceGroup[] {
  const titles = new Map<string, string[]>();
  const groups = new Map<string, { label: string; ids: string[] }>();
  for (const template of book.templates) {
    const group = groups.get(template.id) ?? { label: template.name, ids: [] };
    group.label = book.find(template.id)?.name ?? template.name;
    for (const section of template.sections) {
      const known = titles.get(section.id);
      if (!known) {
        titles.set(section.id, [section.title]);
        group.ids.push(section.id);
      } else if (!known.includes(section.title)) known.push(section.title);
    }
    groups.set(template.id, group);
  }
  const result: ChoiceGroup[] = [...groups.values()]
    .filter((group) => group.ids.length > 0)
    .map((group) => ({
      label: group.label,
      options: group.ids.map((id) => [id, titles.get(id)!.join(' / ')]),
    }));
  const others = [...new Set(seen)].filter((id) => !titles.has(id)).sort();
  if (others.length > 0) result.push({ label: 'Other sections', options: others.map((id) => [id, id]) });
  return result;
}
