/**
 * The export streamed through the database a page at a time, so its memory stays the same however
 * many records it holds: each page of records is filtered, reduced by the privacy options, validated
 * and written into Blob parts before the next is read; counts and the personal-data statement are
 * gathered on the way and the file's opening is written last. Pseudonymising replaces known IDs and
 * names inside free text, so it needs them all before writing: a first pass only records them (keeping
 * the strings, not the records), their pseudonyms are computed once, then the writing pass runs. The
 * file does not depend on the page size; tests/unit/export/golden.test.ts holds it to committed files.
 */
import { z } from 'zod';
import type { Table, Transaction } from 'dexie';
import { AuditSchema, type Audit } from '../model/audit';
import { CounterRowSchema, FrictionFlagSchema, type CounterRow } from '../model/friction';
import { NoteSchema, type Note } from '../model/note';
import { ReplySchema, type Reply } from '../model/reply';
import { ObservationSchema, type Observation } from '../model/observation';
import { TemplateSchema, type Template } from '../model/template';
import type { AppDB, StoredFlag } from '../storage/db';
import { AuditIndex } from './audit-index';
import {
  MARGIN_BUNDLE_SCHEMA_VERSION,
  MarginBundleSchema,
  type ExportOptions,
  type MarginBundle,
  type PersonalData,
  type RECORD_KEYS,
} from './bundle-schema';
import type { ExportSink } from './export-sinks';
import {
  counterMatches,
  dateRange,
  flagMatches,
  noteMatches,
  normaliseFilters,
  observationMatches,
  typeIncluded,
  type ExportFilters,
} from './filters';
import { labellerOf } from './labels';
import { mergeValues, recordingNamer, resolvedNamer, type Namer } from './namer';
import { indexPages, READ_PAGE } from './paged-read';
import { describeTally, emptyTally, tallyRecord, type RecordCounts, type RecordOf } from './personal-data';
import { pseudonymiseFilters, pseudonymiseRecord } from './pseudonymise';
import { redactTarget } from './redact';
import {
  allRoundInputs,
  exportRound,
  roundsOfFile,
  roundTables,
  withRounds,
  type RoundExportInput,
} from './round-export';
import type { Conversation } from '../model/conversation';
import { conversationsOfAudits, reduceConversation, withConversations } from './conversation-export';
import type { Finding } from '../model/finding';
import { exportFinding, findingsOfFile, withFindings } from './finding-export';

type RecordKey = (typeof RECORD_KEYS)[number];
/** Dexie's Transaction.waitFor (behind the documented Dexie.waitFor), not in its typings. */
type WaitFor = { waitFor<T>(promise: Promise<T>): Promise<T> };
type Visit = <K extends RecordKey>(key: K, records: readonly RecordOf[K][]) => void;

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

const SCHEMAS: { [K in RecordKey]: z.ZodType<RecordOf[K]> } = {
  audits: AuditSchema,
  observations: ObservationSchema,
  replies: ReplySchema,
  notes: NoteSchema,
  templates: TemplateSchema,
  frictionFlags: FrictionFlagSchema,
  frictionCounters: CounterRowSchema,
};

/** `record` validated as the file's `key[index]`; a ZodError names that place, as the bundle's would. */
function validated<K extends RecordKey>(key: K, record: RecordOf[K], index: number): RecordOf[K] {
  const result = SCHEMAS[key].safeParse(record);
  if (result.success) return result.data;
  throw new z.ZodError(result.error.issues.map((issue) => ({ ...issue, path: [key, index, ...issue.path] })));
}

interface Source {
  /** Every round and what its report is built from (round-export.ts). */
  rounds: RoundExportInput[];
  /** Every finding on this device (finding-export.ts picks the file's). */
  findings: Finding[];
  filters: ExportFilters;
  pageSize: number;
  observations: Table<Observation, string>;
  replies: Table<Reply, string>;
  notes: Table<Note, string>;
  frictionFlags: Table<StoredFlag, string>;
  frictionCounters: Table<CounterRow, string>;
  audits: Table<Audit, string>;
  conversations: Table<Conversation, string>;
  index: AuditIndex;
}

const created = (record: { createdAt: string }) => record.createdAt;

/**
 * The replies of a page of observations: by observation in the page's order, then oldest first (ties by
 * id), so the file lists them the same way whatever the page size.
 */
async function repliesOf(
  table: Table<Reply, string>,
  observations: readonly Observation[],
): Promise<Reply[]> {
  if (observations.length === 0) return [];
  const order = new Map(observations.map((o, index) => [o.id, index]));
  const replies = await table
    .where('observationId')
    .anyOf([...order.keys()])
    .toArray();
  return replies.sort(
    (a, b) =>
      order.get(a.observationId)! - order.get(b.observationId)! ||
      (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1),
  );
}

/**
 * Every exported record, a page at a time: observations (each page preceded by its replies), notes, friction flags and counters oldest
 * first (ties by primary key), then the audits, then (`withTemplates`) their templates.
 */
async function pass(src: Source, visit: Visit, withTemplates: boolean): Promise<void> {
  const { filters: f, pageSize: size } = src;
  const range = dateRange(f);
  if (typeIncluded('observations', f)) {
    for await (const page of indexPages(src.observations, 'createdAt', range, created, size)) {
      const kept = page.filter((o) => observationMatches(o, f));
      await src.index.cite(kept);
      // Replies first: the CSV counts them on their observation's row, JSON-LD lists them after it.
      visit('replies', await repliesOf(src.replies, kept));
      visit('observations', kept);
    }
  }
  if (typeIncluded('notes', f)) {
    for await (const page of indexPages(src.notes, 'createdAt', range, created, size)) {
      visit(
        'notes',
        page.filter((n) => noteMatches(n, f)),
      );
    }
  }
  if (typeIncluded('frictionFlags', f)) {
    for await (const page of indexPages(src.frictionFlags, 'createdAt', range, created, size)) {
      const kept = page.filter((x) => flagMatches(x, f));
      visit(
        'frictionFlags',
        kept.map(({ screenRef: _screenRef, ...flag }) => flag),
      );
    }
  }
  if (typeIncluded('frictionCounters', f)) {
    const days = dateRange(f, 10);
    for await (const page of indexPages(src.frictionCounters, 'day', days, (c) => c.day, size)) {
      visit(
        'frictionCounters',
        page.filter((c) => counterMatches(c, f)),
      );
    }
  }
  const audits = await src.index.chosen();
  for (let start = 0; start < audits.length; start += size) {
    const page = await src.audits.bulkGet(audits.slice(start, start + size).map((a) => a.id));
    visit(
      'audits',
      page.filter((a): a is Audit => a !== undefined),
    );
  }
  if (withTemplates) visit('templates', await src.index.chosenTemplates());
}

/** A record with quotes redacted and identifiers pseudonymised as the options say. */
function reduce<K extends RecordKey>(
  key: K,
  record: RecordOf[K],
  redact: boolean,
  namer?: Namer,
): RecordOf[K] {
  let reduced = record;
  if (redact && (key === 'observations' || key === 'frictionFlags')) {
    const withTarget = reduced as RecordOf['observations'] | RecordOf['frictionFlags'];
    reduced = { ...withTarget, target: redactTarget(withTarget.target) } as RecordOf[K];
  }
  if (!namer) return reduced;
  const transform = pseudonymiseRecord[key] as unknown as (r: RecordOf[K], n: Namer) => RecordOf[K];
  return transform(reduced, namer);
}

/** Records every value pseudonymisation will replace, in the order privacy.ts's transform meets them. */
async function resolveNamer(
  src: Source,
  req: StreamRequest,
  tx: Transaction,
  key: CryptoKey,
): Promise<{ namer: Namer; rounds: RoundExportInput[] }> {
  const names = recordingNamer();
  req.names.forEach(names.author);
  const filters = recordingNamer();
  pseudonymiseFilters(src.filters, filters);
  const byType = new Map<RecordKey, ReturnType<typeof recordingNamer>>();
  const audits: Audit[] = [];
  await pass(
    src,
    (type, records) => {
      if (type === 'audits') audits.push(...(records as readonly Audit[]));
      let namer = byType.get(type);
      if (!namer) byType.set(type, (namer = recordingNamer()));
      for (const record of records) reduce(type, record, req.options.redactQuotes, namer);
    },
    false,
  );
  const order: RecordKey[] = [
    'audits',
    'observations',
    'replies',
    'notes',
    'frictionFlags',
    'frictionCounters',
  ];
  const rounds = roundsOfFile(src.rounds, audits, everything(src.filters));
  const roundNames = recordingNamer();
  const conversationNames = recordingNamer();
  const ids = audits.map((a) => a.id);
  for (const c of await conversationsOfAudits(src.conversations, ids, req.options))
    reduceConversation(c, req.options, conversationNames);
  rounds.forEach((input) => exportRound(input, roundNames, true));
  const roundIds = new Set(rounds.map((input) => input.round.id));
  findingsOfFile(src.findings, roundIds, everything(src.filters)).forEach((f) =>
    exportFinding(f, roundNames),
  );
  const values = mergeValues([
    names.values,
    filters.values,
    ...order.flatMap((type) => byType.get(type)?.values ?? []),
    roundNames.values,
    conversationNames.values,
  ]);
  // Computing HMACs is not a database request: keep the read transaction open while it runs
  // (Dexie.waitFor does the same through the ambient transaction; this names it explicitly).
  return { namer: await (tx as Transaction & WaitFor).waitFor(resolvedNamer(key, values)), rounds };
}

/** True when the filters choose everything: the file then carries every round. */
const everything = (filters: ExportFilters) => Object.values(filters).every((value) => value === undefined);

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
