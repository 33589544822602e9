/**
 * Moderation records from audits and returns, pure: the first grades taken from an audit when the sample
 * is drawn, the moderator's blind grades laid beside them when the return is imported, and the agreed
 * outcome added beside both. No function here ever changes `first` or `second` once set.
 */
import type { Audit } from '../model/audit';
import type { AgreedOutcome, Grades, ModerationRecord } from '../model/moderation';
import type { ModerationReturn } from './pack-schema';

/** The grades an audit holds: its graded sections and its overall grade. */
export function gradesOf(audit: Pick<Audit, 'sections' | 'overallGrade'>): Grades {
  const sections: Record<string, string> = {};
  for (const [id, result] of Object.entries(audit.sections)) if (result.grade) sections[id] = result.grade;
  return { sections, ...(audit.overallGrade ? { overall: audit.overallGrade } : {}) };
}

/** A new record for a drawn audit: the first grades only. */
export function newRecord(audit: Audit, roundId: string, moderator: string): ModerationRecord {
  return {
    auditId: audit.id,
    roundId,
    auditor: audit.auditor,
    moderator,
    templateId: audit.templateId,
    templateVersion: audit.templateVersion,
    first: gradesOf(audit),
  };
}

export type ReturnResult = { ok: true; records: ModerationRecord[] } | { ok: false; error: string };

/**
 * Lays a return's blind grades beside the first grades. Refused whole when it grades an audit that is
 * not in the sample, or an audit that already has second grades (a return is imported once).
 */
export function applyReturn(records: readonly ModerationRecord[], file: ModerationReturn): ReturnResult {
  const byId = new Map(records.map((record) => [record.auditId, record]));
  const out: ModerationRecord[] = [];
  for (const entry of file.grades) {
    const record = byId.get(entry.auditId);
    if (!record)
      return { ok: false, error: 'The return grades an audit that is not in the moderation sample.' };
    if (record.second)
      return { ok: false, error: 'This return has been imported already: its grades are in place.' };
    out.push({ ...record, moderator: file.moderator, second: entry.grades, gradedAt: entry.gradedAt });
  }
  return { ok: true, records: out };
}

/** The record with the agreed outcome beside the two grades; refused before the second grades are in. */
export function agree(record: ModerationRecord, outcome: AgreedOutcome): ModerationRecord {
  if (!record.second) throw new Error('An outcome is agreed only after the moderator has graded.');
  return { ...record, agreed: outcome };
}
