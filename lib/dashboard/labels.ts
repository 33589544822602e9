/**
 * The words the QA screens (dashboard, round report) show for the ids Margin stores: a template's name,
 * a section's title, a grade's label on its scale, an audit's status, how many sections are complete
 * out of how many, a month, a severity. Built from the templates this device knows (built-in,
 * organisation's, imported); an id no known template names is shown as it is, never dropped. Pure.
 */
import { gradeLabel } from '../audit/scales';
import type { Audit } from '../model/audit';
import type { Observation } from '../model/observation';
import { sectionScale, type GradingScale, type Template, type TemplateSection } from '../model/template';
import { labellerOf, type Labeller } from '../export/labels';

/** The templates a page knows, found by id and version (or by id alone, the latest version). */
export interface TemplateBook {
  readonly templates: readonly Template[];
  find(id: string, version?: number): Template | undefined;
}

export function templateBook(templates: readonly Template[]): TemplateBook {
  return {
    templates,
    find(id, version) {
      const same = templates.filter((t) => t.id === id);
      return (
        same.find((t) => t.version === version) ??
        same.reduce<Template | undefined>(
          (latest, t) => (latest && latest.version >= t.version ? latest : t),
          undefined,
        )
      );
    },
  };
}

export const AUDIT_STATUS_LABELS: Record<Audit['status'], string> = {
  'in-progress': 'In progress',
  finished: 'Finished',
};

/** "In progress", "Finished"; an unknown status (from a newer file) as it is. */
export function auditStatusLabel(status: string): string {
  return Object.hasOwn(AUDIT_STATUS_LABELS, status) ? AUDIT_STATUS_LABELS[status as Audit['status']] : status;
}

/** The name of an audit's template, else its id with a word on why. */
export function templateName(
  book: TemplateBook,
  audit: Pick<Audit, 'templateId' | 'templateVersion'>,
): string {
  return (
    book.find(audit.templateId, audit.templateVersion)?.name ??
    `${audit.templateId} (template not on this device)`
  );
}

/** The overall grade's label on the template's overall scale (or its scale); "—" when not given. */
export function overallGradeLabel(book: TemplateBook, audit: Audit): string {
  if (audit.overallGrade === undefined) return '—';
  const template = book.find(audit.templateId, audit.templateVersion);
  return template
    ? gradeLabel(template.overallScale ?? template.scale, audit.overallGrade)
    : anyScaleLabel(book, audit.overallGrade);
}

/** A section grade's label on the section's scale; "—" when not graded. */
export function sectionGradeLabel(book: TemplateBook, audit: Audit, sectionId: string): string {
  const grade = audit.sections[sectionId]?.grade;
  if (grade === undefined) return '—';
  const template = book.find(audit.templateId, audit.templateVersion);
  const section = template?.sections.find((s) => s.id === sectionId);
  return template && section
    ? gradeLabel(sectionScale(template, section), grade)
    : anyScaleLabel(book, grade);
}

/** "3 of 8 sections" (the total from the template; the sections recorded when it is unknown). */
export function sectionsComplete(book: TemplateBook, audit: Audit): string {
  const done = Object.values(audit.sections).filter((s) => s.complete).length;
  const template = book.find(audit.templateId, audit.templateVersion);
  const total = template ? template.sections.length : Object.keys(audit.sections).length;
  return `${done} of ${total} ${total === 1 ? 'section' : 'sections'}`;
}

/** Every scale of every known template (template, overall and section scales), in template order. */
function scales(book: TemplateBook): GradingScale[] {
  return book.templates.flatMap((t) => [
    t.scale,
    ...(t.overallScale ? [t.overallScale] : []),
    ...t.sections.flatMap((s) => (s.scale ? [s.scale] : [])),
  ]);
}

/** A grade's label on the first known scale that has it (for a record whose template is unknown). */
export function anyScaleLabel(book: TemplateBook, grade: string): string {
  for (const scale of scales(book))
    if (scale.type === 'levels' && scale.levels.some((l) => l.value === grade))
      return gradeLabel(scale, grade);
  return grade;
}

/** The first known section with this id (for an observation whose audit is not on this device). */
function anySection(book: TemplateBook, id: string): [Template, TemplateSection] | undefined {
  for (const template of book.templates) {
    const section = template.sections.find((s) => s.id === id);
    if (section) return [template, section];
  }
  return undefined;
}

/**
 * Labels for observations: section title and grade label from the template of the observation's
 * audit (as the exports label them), else from any known template with that section or grade, else
 * the stored id.
 */
export function observationLabeller(book: TemplateBook, audits: readonly Audit[]): Labeller {
  const byId = new Map(audits.map((a) => [a.id, a]));
  const templateOf = (auditId: string) => {
    const audit = byId.get(auditId);
    return audit && book.find(audit.templateId, audit.templateVersion);
  };
  const exact = labellerOf(templateOf);
  const inAudit = (o: Observation) => {
    const template = o.auditId ? templateOf(o.auditId) : undefined;
    return Boolean(template?.sections.some((s) => s.id === o.sectionId));
  };
  return {
    ...exact,
    section(o) {
      if (o.sectionId === undefined || inAudit(o)) return exact.section(o);
      return anySection(book, o.sectionId)?.[1].title ?? o.sectionId;
    },
    grade(o) {
      if (o.grade === undefined || inAudit(o)) return exact.grade(o);
      const found = o.sectionId === undefined ? undefined : anySection(book, o.sectionId);
      return found ? gradeLabel(sectionScale(...found), o.grade) : anyScaleLabel(book, o.grade);
    },
  };
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "May 2026" for "2026-05". */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number);
  if (!year || !m) return month;
  return MONTH.format(new Date(Date.UTC(year, m - 1, 1)));
}

/** "Low", "Medium", "High" for the stored severities; anything else as it is. */
export function severityLabel(severity: string): string {
  return severity === '' ? severity : severity[0]!.toUpperCase() + severity.slice(1);
}
