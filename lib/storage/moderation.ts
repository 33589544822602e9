/**
 * Moderation records and packs in the database (version 11). The QA lead's side: the sample's records
 * (first grades), the return laid beside them, the agreed outcome, and the round's assignments of
 * moderated audits marked `moderated`, each change in one transaction. The moderator's side: the
 * imported pack and their blind grades until they return them. The first auditor's side: the outcomes
 * of their moderated audits, imported from the QA lead's outcomes file.
 */
import type { Audit } from '../model/audit';
import {
  ModerationSettingsSchema,
  type AgreedOutcome,
  type Grades,
  type ModerationSettings,
} from '../model/moderation';
import type { Observation } from '../model/observation';
import type { Round } from '../model/round';
import type { ModerationOutcomes, ModerationPack, ModerationReturn } from '../moderation/pack-schema';
import { agree, applyReturn, newRecord } from '../moderation/records';
import type { AppDB } from './db';
import { roundModerations } from './round-reads';

/** A moderation pack a moderator imported, with the blind grades given so far (by audit id). */
export interface StoredModerationPack {
  roundId: string;
  pack: ModerationPack;
  importedAt: string;
  grades: Record<string, { grades: Grades; gradedAt: string }>;
}

export { roundModerations } from './round-reads';

/**
 * Saves the round's moderation rule with the round, so it is there after a reload and travels in the
 * moderation pack (which carries the round). Refused for a closed round, or a rule out of range.
 */
export function saveModerationRule(db: AppDB, roundId: string, rule: ModerationSettings): Promise<Round> {
  return db.transaction('rw', db.rounds, async () => {
    const round = await db.rounds.get(roundId);
    if (!round) throw new Error('That round no longer exists.');
    if (round.status === 'closed') throw new Error('The round is closed: its moderation rule cannot change.');
    const saved = { ...round, moderation: ModerationSettingsSchema.parse(rule) };
    await db.rounds.put(saved);
    return saved;
  });
}

/** The observations of these audits, by audit id (for a pack whose round shows them to the moderator). */
export async function observationsByAudit(
  db: AppDB,
  auditIds: readonly string[],
): Promise<Map<string, Observation[]>> {
  const map = new Map<string, Observation[]>();
  const rows = await db.observations
    .where('auditId')
    .anyOf([...auditIds])
    .toArray();
  for (const row of rows) map.set(row.auditId!, [...(map.get(row.auditId!) ?? []), row]);
  return map;
}

/** Starts moderation of the drawn audits (first grades taken now); records already started stay as they are. */
export function startModeration(db: AppDB, roundId: string, moderator: string, audits: readonly Audit[]) {
  return db.transaction('rw', db.moderations, async () => {
    const have = new Set((await roundModerations(db, roundId)).map((record) => record.auditId));
    await db.moderations.bulkPut(
      audits.filter((audit) => !have.has(audit.id)).map((audit) => newRecord(audit, roundId, moderator)),
    );
  });
}

/** Imports a verified return: all its grades beside the first ones, and the assignments `moderated`; or nothing. */
export function importReturn(
  db: AppDB,
  file: ModerationReturn,
): Promise<{ ok: true; count: number } | { ok: false; error: string }> {
  return db.transaction('rw', db.moderations, db.roundAssignments, db.audits, async () => {
    const applied = applyReturn(await roundModerations(db, file.roundId), file);
    if (!applied.ok) return applied;
    await db.moderations.bulkPut(applied.records);
    for (const record of applied.records) {
      const audit = await db.audits.get(record.auditId);
      if (!audit?.assignmentId) continue;
      await db.roundAssignments.update(audit.assignmentId, { status: 'moderated' });
    }
    return { ok: true as const, count: applied.records.length };
  });
}

/** Stores the agreed outcome beside the two grades. */
export function saveOutcome(db: AppDB, auditId: string, outcome: AgreedOutcome) {
  return db.transaction('rw', db.moderations, async () => {
    const record = await db.moderations.get(auditId);
    if (!record) throw new Error('This audit is not in the moderation sample.');
    await db.moderations.put(agree(record, outcome));
  });
}

/** The moderator's side: stores an imported pack (a newer pack of the round replaces the older whole). */
export function saveModerationPack(db: AppDB, pack: ModerationPack, now = new Date().toISOString()) {
  return db.moderationPacks.put({ roundId: pack.round.id, pack, importedAt: now, grades: {} });
}

/** The moderator's side: records blind grades of one audit of an imported pack. */
export function saveBlindGrades(
  db: AppDB,
  roundId: string,
  auditId: string,
  grades: Grades,
  gradedAt: string,
) {
  return db.transaction('rw', db.moderationPacks, async () => {
    const stored = await db.moderationPacks.get(roundId);
    if (!stored?.pack.audits.some((audit) => audit.auditId === auditId)) {
      throw new Error('This audit is not in the moderation pack.');
    }
    await db.moderationPacks.put({
      ...stored,
      grades: { ...stored.grades, [auditId]: { grades, gradedAt } },
    });
  });
}

/** The first auditor's side: stores the outcomes of their moderated audits (a newer file replaces the record). */
export function saveOutcomes(db: AppDB, file: ModerationOutcomes) {
  return db.transaction('rw', db.moderations, () => db.moderations.bulkPut(file.records));
}
