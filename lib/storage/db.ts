/**
 * Margin's IndexedDB database. Opened only in the extension's origin (background and full-tab
 * extension pages), lazily, so importing this module has no side effects.
 *
 * Every schema change adds a new `version(n)`; a published version and its upgrade are never edited.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import { clampFutureDates } from './clamp-future-dates';
import { rebuildSummary, summaryMiddleware, type SummaryDelta, type SummaryRow } from './observation-summary';
import type { Audit } from '../model/audit';
import type { Note } from '../model/note';
import type { Observation } from '../model/observation';
import type { Reply } from '../model/reply';
import type { Template } from '../model/template';
import type { CounterRow, FrictionFlag } from '../model/friction';
import type { HistoryEntry, ImportedFile } from './history';
import type { StoredPack } from './round-packs';
import type { RoundPlan, StoredCandidate, StoredAuditor } from './round-rows';
import type { Assignment, Round } from '../model/round';
import type { ModerationRecord } from '../model/moderation';
import type { StoredModerationPack } from './moderation';
import type { Finding } from '../model/finding';
import type { Conversation } from '../model/conversation';
import type { SyncClosure, SyncConflict, SyncStateRow } from '../model/sync';
import { changeLogMiddleware, recordFirstRevisions, type ChangeRow, type DeviceRow } from './change-log';

export const DB_NAME = 'margin';

/** An imported template, stored under `id@version` so audits keep the version they started with. */
export interface StoredTemplate {
  key: string;
  template: Template;
  importedAt: string;
}

export class AppDB extends Dexie {
  notes!: EntityTable<Note, 'id'>;
  audits!: EntityTable<Audit, 'id'>;
  observations!: EntityTable<Observation, 'id'>;
  templates!: EntityTable<StoredTemplate, 'key'>;
  frictionFlags!: EntityTable<StoredFlag, 'id'>;
  frictionCounters!: EntityTable<CounterRow, 'key'>;
  appliedBatches!: EntityTable<{ id: string; at: string }, 'id'>;
  recordHistory!: EntityTable<HistoryEntry, 'id'>;
  importedFiles!: EntityTable<ImportedFile, 'hash'>;
  roundPacks!: EntityTable<StoredPack, 'id'>;
  rounds!: EntityTable<Round, 'id'>;
  roundPlans!: EntityTable<RoundPlan, 'roundId'>;
  roundCandidates!: Table<StoredCandidate, [string, string]>;
  roundAuditors!: Table<StoredAuditor, [string, string]>;
  roundAssignments!: EntityTable<Assignment, 'id'>;
  replies!: EntityTable<Reply, 'id'>;
  summaries!: EntityTable<SummaryRow, 'key'>;
  summaryDeltas!: EntityTable<SummaryDelta, 'id'>;
  moderations!: EntityTable<ModerationRecord, 'auditId'>;
  moderationPacks!: EntityTable<StoredModerationPack, 'roundId'>;
  findings!: EntityTable<Finding, 'id'>;
  conversations!: EntityTable<Conversation, 'id'>;
  changeLog!: EntityTable<ChangeRow, 'seq'>;
  exchangeDevice!: EntityTable<DeviceRow, 'key'>;
  syncConflicts!: Table<SyncConflict, [string, string]>;
  syncClosures!: Table<SyncClosure, [string, string, string]>;
  syncState!: Table<SyncStateRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    // Version 1: page-level notes, queried by screen (pageKey) and listed newest first (createdAt).
    this.version(1).stores({ notes: 'id, pageKey, createdAt' });
    // Version 2: audits, anchored observations (by screen, by audit, by date) and imported templates.
    this.version(2).stores({
      audits: 'id, status, updatedAt, caseRef.personId',
      observations: 'id, pageKey, auditId, createdAt',
      templates: 'key',
    });
    // Version 3: friction evidence: manual flags (by screen, by date) and per-field per-day counters of
    // passive signals (by screen and by day, for retention), plus the ids of applied capture batches.
    this.version(3).stores({
      frictionFlags: 'id, screenRef, createdAt',
      frictionCounters: 'key, screenRef, screenDay, day',
      appliedBatches: 'id, at',
    });
    // Version 4: versions of records that lost a merge on import (never lost), and files already imported.
    this.version(4).stores({ recordHistory: 'id, recordId, at', importedFiles: 'hash' });
    // Version 5: no new tables; dates from the future that earlier imports let in are set to now.
    this.version(5)
      .stores({})
      .upgrade((tx) => clampFutureDates(tx));
    // Version 6: replies on observations (a thread is one query by observation), and the edit trail of
    // a reply found from its observation (`parentId`), so the observation's history shows its replies'.
    this.version(6).stores({
      replies: 'id, observationId',
      recordHistory: 'id, recordId, at, parentId',
    });
    // Version 8: audit rounds (lib/storage/rounds.ts): the round, its plan (candidate list facts, sample
    // spec and drawn sample), its candidates and auditors (each per round, keyed by round and the
    // compared case ID or reference) and its assignments (by round).
    this.version(8).stores({
      rounds: 'id',
      roundPlans: 'roundId',
      roundCandidates: '[roundId+key], roundId',
      roundAuditors: '[roundId+key], roundId',
      roundAssignments: 'id, roundId',
    });
    // Version 9: round packs an auditor imported (their assigned cases), one per round and auditor.
    this.version(9).stores({ roundPacks: 'id, roundId' });
    // Version 10: counts kept on write (lib/storage/observation-summary.ts), built here from what is stored.
    this.version(10)
      .stores({ summaries: 'key', summaryDeltas: '++id' })
      .upgrade((tx) => rebuildSummary(tx).then(() => undefined));
    this.use(summaryMiddleware);
    // A new database has no counts until it holds an observation: creating it writes nothing more, so the
    // browser's first write to Margin's storage is a person's (readSummary treats no rows and no records as
    // zero, and builds the counts once there is something to count).
    // Version 11: moderation (lib/storage/moderation.ts): one record per moderated audit (first grades,
    // the moderator's blind grades and the agreed outcome side by side), listed by round; and the
    // moderation packs a moderator imported, one per round.
    this.version(11).stores({ moderations: 'auditId, roundId', moderationPacks: 'roundId' });
    // Version 13: conversation records (lib/storage/conversations.ts), listed by audit and by last change.
    this.version(13).stores({ conversations: 'id, auditId, updatedAt' });
    // Version 15: findings (lib/storage/findings.ts), a round's found by `roundId`, listed by `updatedAt`.
    this.version(15).stores({ findings: 'id, roundId, updatedAt' });
    // Version 16: records ready for exchange (lib/storage/change-log.ts): each exchanged record's latest
    // change (revision, parent, device, author pseudonym; tombstones for deletions) by sequence number and
    // by kind and id, and this device; stored records get their first revision here.
    this.version(16)
      .stores({ changeLog: '++seq, &[kind+id]', exchangeDevice: 'key' })
      .upgrade((tx) => recordFirstRevisions(tx));
    this.use(changeLogMiddleware);
    // Version 17: audits by round, so the rounds page reads only the round's audits (issue #15, 300 ms).
    this.version(17).stores({ audits: 'id, status, updatedAt, caseRef.personId, roundId' });
    // Version 18: team sync (lib/sync/): conflicts awaiting a person (by kind and id), tombstones of
    // resolved branches waiting to be pushed, and the sync's checkpoints and last report.
    this.version(18).stores({ syncConflicts: '[kind+id]', syncClosures: '[kind+id+rev]', syncState: 'key' });
  }
}

/** A flag as stored: indexed by the screen it was raised on (`origin|screen`), across people. */
export type StoredFlag = FrictionFlag & { screenRef: string };

let instance: AppDB | undefined;

/** The shared database instance of this context, created on first use. */
export function getDb(): AppDB {
  instance ??= new AppDB();
  return instance;
}

export function templateKey(template: Pick<Template, 'id' | 'version'>): string {
  return `${template.id}@${template.version}`;
}
