/**
 * The export streamed through the database a page at a time, so its memory stays the same however
 * many records it holds: each page of records is filtered, reduced by the privacy options, validated
 * and written into Blob parts before the next is read; counts and the personal-data statement are
 * gathered on the way and the file's opening is written last. Pseudonymising replaces known IDs and
 * names inside free text, so it needs them all before writing: a first pass only records them (keeping
 * the strings, not the records), their pseudonyms are computed once, then the writing pass runs. The
 * file does not depend on the page size; tests/unit/export/golden.test.ts holds it to committed files.
 */
import type { Table } from 'dexie';
import type { Audit } from '../model/audit';
import type { CounterRow } from '../model/friction';
import type { Note } from '../model/note';
import type { Reply } from '../model/reply';
import type { Observation } from '../model/observation';
import type { Template } from '../model/template';
import type { Conversation } from '../model/conversation';
import type { AppDB, StoredFlag } from '../storage/db';
import { AuditIndex } from './audit-index';
import {
  MARGIN_BUNDLE_SCHEMA_VERSION,
  MarginBundleSchema,
  type ExportOptions,
  type MarginBundle,
  type PersonalData,
} from './bundle-schema';
import { conversationsOfAudits, reduceConversation, withConversations } from './conversation-export';
import { everything, resolveNamer } from './export-namer';
import { reduce, validated } from './export-record';
import { pass, type Source } from './export-records';
import type { ExportSink } from './export-sinks';
import { normaliseFilters, type ExportFilters } from './filters';
import { exportFinding, findingsOfFile, withFindings } from './finding-export';
import { labellerOf } from './labels';
import { recordingNamer } from './namer';
import { READ_PAGE } from './paged-read';
import { describeTally, emptyTally, tallyRecord, type RecordCounts } from './personal-data';
import { pseudonymiseFilters } from './pseudonymise';
import { allRoundInputs, exportRound, roundsOfFile, roundTables, withRounds } from './round-export';

export interface StreamRequest {
  filters: ExportFilters;
  options: ExportOptions;
  /** The exporter as the file names them (already a pseudonym when pseudonymising). */
  exportedBy: string;
  /** Further author names to find in free text when pseudonymising (the exporter's real name). */
  names: readonly string[];
  generatorVersion: string;
  exportedAt: string;
  organisation: readonly Template[];
  /** The pseudonym key; required when pseudonymising. */
  key?: CryptoKey;
  /** Records read at a time (default READ_PAGE). */
  pageSize?: number;
}

export interface StreamedExport {
  blob: Blob;
  counts: RecordCounts;
  personalData: PersonalData;
}

/**
 * Exports the records matching `req.filters` into `sink`, reading `req.pageSize` records at a time in
 * one read transaction (a consistent snapshot even while the background writes). Throws a ZodError for
 * a malformed filter or a record that does not match the file's schema, and when asked to pseudonymise
 * without a key.
 */
export async function streamExport(db: AppDB, req: StreamRequest, sink: ExportSink): Promise<StreamedExport> {
  const filters = normaliseFilters(req.filters);
  const { options } = req;
  if (options.pseudonymise && !req.key) {
    throw new Error('Pseudonymising needs the pseudonym key (getPseudonymKey()).');
  }
  const tables = [
    db.observations,
    db.replies,
    db.notes,
    db.frictionFlags,
    db.frictionCounters,
    db.audits,
    db.templates,
    db.conversations,
    db.findings,
    ...roundTables(db),
  ];
  return db.transaction('r', tables, async (tx) => {
    const pageSize = req.pageSize ?? READ_PAGE;
    const audits = tx.table('audits') as Table<Audit, string>;
    const src: Source = {
      rounds: await allRoundInputs(db, req.organisation, req.exportedAt.slice(0, 10)),
      findings: await db.findings.orderBy('updatedAt').toArray(),
      filters,
      pageSize,
      observations: tx.table('observations') as Table<Observation, string>,
      replies: tx.table('replies') as Table<Reply, string>,
      notes: tx.table('notes') as Table<Note, string>,
      frictionFlags: tx.table('frictionFlags') as Table<StoredFlag, string>,
      frictionCounters: tx.table('frictionCounters') as Table<CounterRow, string>,
      audits,
      conversations: tx.table('conversations') as Table<Conversation, string>,
      index: new AuditIndex(db, audits, filters, req.organisation, pageSize),
    };
    const resolved = options.pseudonymise ? await resolveNamer(src, req, tx, req.key!) : undefined;
    const namer = resolved?.namer;
    const exported: Audit[] = [];
    const labels = labellerOf(src.index.templateOf);
    const tally = emptyTally();
    await pass(
      src,
      (key, records) => {
        if (key === 'audits') exported.push(...(records as readonly Audit[]));
        for (const record of records) {
          const reduced = validated(key, reduce(key, record, options.redactQuotes, namer), tally.counts[key]);
          tallyRecord(tally, key, reduced);
          sink.add(key, reduced, labels);
        }
      },
      true,
    );
    const shown = namer ? pseudonymiseFilters(filters, namer) : filters;
    const inputs = resolved?.rounds ?? roundsOfFile(src.rounds, exported, everything(filters));
    const rounds = inputs.map((input) => exportRound(input, namer ?? recordingNamer(), options.pseudonymise));
    const conversations = (
      await conversationsOfAudits(
        src.conversations,
        exported.map((a) => a.id),
        options,
      )
    ).map((c) => reduceConversation(c, options, namer));
    const roundIds = new Set(inputs.map((input) => input.round.id));
    const findings = findingsOfFile(src.findings, roundIds, everything(filters)).map((f) =>
      exportFinding(f, namer ?? recordingNamer()),
    );
    const personalData = withFindings(
      withConversations(
        withRounds(
          describeTally(tally, shown, options, req.exportedBy),
          rounds.length,
          options.pseudonymise,
          rounds.reduce((sum, round) => sum + (round.moderations?.length ?? 0), 0),
        ),
        conversations,
        options,
      ),
      findings.length,
      options.pseudonymise,
    );
    const head = MarginBundleSchema.parse({
      schemaVersion: MARGIN_BUNDLE_SCHEMA_VERSION,
      generator: { name: 'Margin', version: req.generatorVersion },
      exportedAt: req.exportedAt,
      exportedBy: req.exportedBy,
      filters: shown,
      options,
      personalData,
      audits: [],
      observations: [],
      replies: [],
      notes: [],
      templates: [],
      frictionFlags: [],
      frictionCounters: [],
      ...(rounds.length > 0 ? { rounds } : {}),
      ...(conversations.length > 0 ? { conversations } : {}),
      ...(findings.length > 0 ? { findings } : {}),
    } satisfies MarginBundle);
    return { blob: sink.blob(head), counts: tally.counts, personalData };
  });
}
