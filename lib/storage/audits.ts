/**
 * Writes and queries of audits: start, record a section's result, finish (only when every required
 * section is complete and the grades fit the template's scales), reopen.
 */
import type { AppDB } from './db';
import { AuditSchema, type Audit, type CaseRef, type SectionResult } from '../model/audit';
import { sectionScale, type Template } from '../model/template';
import { scaleValues } from '../audit/scales';
import { findTemplate } from './templates';
import { keepEarlierVersion } from './edit-history';

/** Who changes an audit and when, and the organisation's templates (from policy) to check it against. */
export interface AuditChange {
  now?: Date;
  organisation?: readonly Template[];
  /** Recorded in the edit trail with the version the change replaces. */
  by?: string;
}

/** Loads, changes and stores an audit in one transaction, keeping the replaced version in its trail. */
async function change(
  db: AppDB,
  id: string,
  { organisation = [], by = '' }: AuditChange,
  next: (audit: Audit, template: Template) => Audit,
): Promise<Audit> {
  return db.transaction('rw', db.audits, db.templates, db.recordHistory, async () => {
    const { audit, template } = await load(db, id, organisation);
    const changed = AuditSchema.parse(next(audit, template));
    await keepEarlierVersion(db, 'audits', audit, by, changed.updatedAt);
    await db.audits.put(changed);
    return changed;
  });
}

/** Starts an audit of a case with a template. */
export async function startAudit(
  db: AppDB,
  template: Template,
  caseRef: CaseRef,
  auditor: string,
  now = new Date(),
  round?: { roundId: string; assignmentId: string },
): Promise<Audit> {
  const at = now.toISOString();
  const audit = AuditSchema.parse({
    id: crypto.randomUUID(),
    ...round,
    templateId: template.id,
    templateVersion: template.version,
    caseRef,
    auditor,
    status: 'in-progress',
    sections: {},
    startedAt: at,
    updatedAt: at,
  });
  await db.audits.add(audit);
  return audit;
}

async function load(
  db: AppDB,
  id: string,
  organisation: readonly Template[],
): Promise<{ audit: Audit; template: Template }> {
  const audit = await db.audits.get(id);
  if (!audit) throw new Error('This audit no longer exists on this device.');
  const template = await findTemplate(db, audit.templateId, audit.templateVersion, organisation);
  if (!template)
    throw new Error(
      `The template "${audit.templateId}" version ${audit.templateVersion} is missing: import it again.`,
    );
  return { audit, template };
}

function checkGrade(values: string[], grade: string | undefined, where: string): void {
  if (grade !== undefined && !values.includes(grade)) {
    throw new Error(`"${grade}" is not a grade on the scale of ${where}.`);
  }
}

/** Records the grade, justification and completeness of one section of an in-progress audit. */
export async function updateSection(
  db: AppDB,
  id: string,
  sectionId: string,
  result: SectionResult,
  context: AuditChange = {},
): Promise<Audit> {
  return change(db, id, context, (audit, template) => {
    if (audit.status !== 'in-progress') throw new Error('This audit is finished: reopen it to change it.');
    const section = template.sections.find((candidate) => candidate.id === sectionId);
    if (!section) throw new Error(`The template has no section "${sectionId}".`);
    checkGrade(scaleValues(sectionScale(template, section)), result.grade, `"${section.title}"`);
    if (result.complete && !result.justification?.trim()) {
      throw new Error(
        result.grade
          ? `Write why “${section.title}” has this grade before marking it complete.`
          : `“${section.title}” is not graded: grade it, or write why it is not graded, before marking it complete.`,
      );
    }
    return {
      ...audit,
      sections: { ...audit.sections, [sectionId]: result },
      updatedAt: (context.now ?? new Date()).toISOString(),
    };
  });
}

/** The titles of required sections not yet complete. */
export function missingSections(audit: Audit, template: Template): string[] {
  return template.sections
    .filter((section) => section.required && !audit.sections[section.id]?.complete)
    .map((s) => s.title);
}

/** Finishes an audit with an overall grade and summary; refuses while required sections are incomplete. */
export async function finishAudit(
  db: AppDB,
  id: string,
  overallGrade: string | undefined,
  summary: string,
  context: AuditChange = {},
): Promise<Audit> {
  return change(db, id, context, (audit, template) => {
    const missing = missingSections(audit, template);
    if (missing.length > 0)
      throw new Error(`Complete these sections before finishing: ${missing.join('; ')}.`);
    const scale = template.overallScale ?? template.scale;
    if (scale.type !== 'none' && overallGrade === undefined)
      throw new Error('Choose an overall grade before finishing.');
    checkGrade(scaleValues(scale), overallGrade, 'the overall grade');
    const at = (context.now ?? new Date()).toISOString();
    return { ...audit, status: 'finished', overallGrade, summary, finishedAt: at, updatedAt: at };
  });
}

/** Reopens a finished audit; its grades and summary stay until changed. */
export async function reopenAudit(db: AppDB, id: string, context: AuditChange = {}): Promise<Audit> {
  return change(db, id, context, (audit) => {
    const { finishedAt: _finishedAt, ...rest } = audit;
    return { ...rest, status: 'in-progress', updatedAt: (context.now ?? new Date()).toISOString() };
  });
}

/** Every audit, most recently changed first. */
export function listAudits(db: AppDB): Promise<Audit[]> {
  return db.audits.orderBy('updatedAt').reverse().toArray();
}

export { roundAudits } from './round-reads';
