/**
 * Findings in the database (version 15) and what the findings builder reads: a scope's findings, saving
 * one (validated first; nothing written when refused), deleting one, and the learning data of a round
 * or a period (lib/learning/evidence.ts), conversation records included.
 */
import type { AppDB } from './db';
import type { Conversation } from '../model/conversation';
import { FindingFieldsSchema, FindingSchema, type Finding, type FindingScope } from '../model/finding';
import { caseKey } from '../model/round';
import { scopeAudits, scopeData, type LearningData } from '../learning/evidence';

/** Conversation records on this device. */
export function readConversations(db: AppDB): Promise<Conversation[]> {
  return db.conversations.toArray();
}

/** The findings of a scope: a round's, or those over exactly that period; latest change first. */
export async function scopeFindings(db: AppDB, scope: FindingScope): Promise<Finding[]> {
  const found =
    'roundId' in scope
      ? await db.findings.where('roundId').equals(scope.roundId).toArray()
      : (await db.findings.toArray()).filter(
          (f) => 'from' in f.scope && f.scope.from === scope.from && f.scope.to === scope.to,
        );
  return found.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Findings whose scope is a period overlapping `from`..`to` (the findings report over a period). */
export async function periodFindings(db: AppDB, from: string, to: string): Promise<Finding[]> {
  const all = await db.findings.orderBy('updatedAt').reverse().toArray();
  return all.filter((f) => 'from' in f.scope && f.scope.from <= to && f.scope.to >= from);
}

export type SaveOutcome = { ok: true; finding: Finding } | { ok: false; problems: string[] };

/** Saves `fields` as a new finding, or over finding `id`; refused whole with the problems in words. */
export async function saveFinding(
  db: AppDB,
  fields: unknown,
  author: string,
  id?: string,
): Promise<SaveOutcome> {
  const parsed = FindingFieldsSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => i.message) };
  return db.transaction('rw', db.findings, async () => {
    const now = new Date().toISOString();
    const before = id === undefined ? undefined : await db.findings.get(id);
    if (id !== undefined && !before)
      return { ok: false as const, problems: ['That finding no longer exists.'] };
    const finding = FindingSchema.parse({
      ...parsed.data,
      id: id ?? crypto.randomUUID(),
      ...('roundId' in parsed.data.scope ? { roundId: parsed.data.scope.roundId } : {}),
      author: before?.author ?? author,
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
    });
    await db.findings.put(finding);
    return { ok: true as const, finding };
  });
}

export function deleteFinding(db: AppDB, id: string): Promise<void> {
  return db.findings.delete(id);
}

/** The learning data of a scope, conversations included, read in one transaction. */
export async function learningData(db: AppDB, scope: FindingScope): Promise<LearningData> {
  const tables = [
    db.audits,
    db.observations,
    db.conversations,
    db.frictionFlags,
    db.roundAssignments,
    db.roundCandidates,
  ];
  return db.transaction('r', tables, async () => {
    const conversations = await readConversations(db);
    const assignments =
      'roundId' in scope ? await db.roundAssignments.where('roundId').equals(scope.roundId).toArray() : [];
    const audits = scopeAudits(scope, await db.audits.toArray(), assignments);
    const ids = audits.map((a) => a.id);
    const observations = await db.observations.where('auditId').anyOf(ids).toArray();
    const flags = (await db.frictionFlags.toArray()).map(({ screenRef: _screenRef, ...flag }) => flag);
    const teams = new Map<string, string>();
    // The scope's own round first, so its list wins where two lists give a case different teams.
    const candidates = await db.roundCandidates.toArray();
    const own = 'roundId' in scope ? scope.roundId : '';
    for (const row of candidates.sort((a, b) => Number(b.roundId === own) - Number(a.roundId === own)))
      if (!teams.has(caseKey(row.candidate.caseId)))
        teams.set(caseKey(row.candidate.caseId), row.candidate.team);
    return scopeData(audits, { observations, conversations, flags, teams });
  });
}
