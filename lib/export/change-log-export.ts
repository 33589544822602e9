/**
 * The change log for analysis (issue #18 item 2): NDJSON, one line per exchanged record at its latest
 * change after sequence N (`{ kind, id, rev, parentRev, seq, device, author, updatedAt, deleted, data }`,
 * `data` null for a tombstone), oldest change first, closed by a manifest line (`{ "manifest": … }`:
 * counts per kind, the sequence range, the privacy options, the personal-data statement, and the
 * SHA-256 of every byte before it). Read a page of changes at a time in one read transaction, the
 * text kept as Blob parts (blob.ts): memory stays the same however long the log. Described for
 * analysts in docs/export/change-log.md and docs/analysis.md.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Table } from 'dexie';
import type { z } from 'zod';
import { AuditSchema } from '../model/audit';
import { CounterRowSchema, FrictionFlagSchema } from '../model/friction';
import { ModerationRecordSchema } from '../model/moderation';
import { ObservationSchema } from '../model/observation';
import { RoundSchema } from '../model/round';
import { presentKinds, type ExchangeKind } from '../exchange/kinds';
import type { AppDB } from '../storage/db';
import type { ChangeRow } from '../storage/change-log';
import { BlobParts } from './blob';
import type { ExportOptions } from './bundle-schema';
import { recordingNamer, resolvedNamer, type Namer } from './namer';
import { READ_PAGE } from './paged-read';
import { reduceId, reduceRecord } from './change-log-privacy';
import { changeLogStatement } from './change-log-statement';

export const CHANGE_LOG_FORMAT = 'margin-change-log';
export const CHANGE_LOG_VERSION = 1;
export const NDJSON_TYPE = 'application/x-ndjson';

/** Kinds whose records are checked against their schema before they are written. */
const SCHEMAS: Record<string, z.ZodType> = {
  audit: AuditSchema,
  observation: ObservationSchema,
  'friction-flag': FrictionFlagSchema,
  'friction-counters': CounterRowSchema,
  moderation: ModerationRecordSchema,
  round: RoundSchema,
};

export interface ChangeLogRequest {
  /** Only changes with a higher sequence number (0: everything). */
  fromSeq: number;
  options: ExportOptions;
  /** The exporter's name (pseudonymised in the file when pseudonymising). */
  exportedBy: string;
  generatorVersion: string;
  exportedAt: string;
  /** The pseudonym key; required when pseudonymising. */
  key?: CryptoKey;
  pageSize?: number;
}

export interface ChangeLogManifest {
  format: typeof CHANGE_LOG_FORMAT;
  version: number;
  generator: { name: 'Margin'; version: string };
  exportedAt: string;
  exportedBy: string;
  /** This device, or null when it has never written a record. */
  device: string | null;
  fromSeq: number;
  /** The highest sequence number in the file (fromSeq when there is none): the next export's fromSeq. */
  toSeq: number;
  /** Record lines before the manifest, and of them per kind (tombstones included) and tombstones. */
  lines: number;
  counts: Record<string, number>;
  deleted: number;
  options: ExportOptions;
  personalData: string;
  /** Hex SHA-256 of every byte before the manifest line. */
  sha256: string;
}

export interface ChangeLogExport {
  blob: Blob;
  manifest: ChangeLogManifest;
}

/** Dexie's Transaction.waitFor (behind the documented Dexie.waitFor), not in its typings. */
type WaitFor = { waitFor<T>(promise: Promise<T>): Promise<T> };

/** Each page of changes after `fromSeq`, with the records they name (null for tombstones). */
async function* pages(
  db: AppDB,
  kinds: ExchangeKind[],
  fromSeq: number,
  size: number,
): AsyncGenerator<{ change: ChangeRow; record: unknown }[]> {
  const tables = new Map(kinds.map((k) => [k.kind, db.table(k.table) as Table<unknown, unknown>]));
  let after = fromSeq;
  for (;;) {
    const changes = await db.changeLog.where('seq').above(after).limit(size).toArray();
    const records = new Map<string, unknown>();
    for (const [kind, table] of tables) {
      const ids = changes.filter((c) => c.kind === kind && !c.deleted).map((c) => c.id);
      if (ids.length === 0) continue;
      // Every exchanged table is keyed by text, as the change log writes the id.
      (await table.bulkGet(ids)).forEach((record, i) => records.set(`${kind}\n${ids[i]}`, record));
    }
    const page = changes
      .filter((c) => tables.has(c.kind))
      .map((change) => ({
        change,
        record: change.deleted ? null : (records.get(`${change.kind}\n${change.id}`) ?? null),
      }));
    if (page.length > 0) yield page;
    if (changes.length < size) return;
    after = changes[changes.length - 1]!.seq!;
  }
}

/** A record as the file carries it: stored-only fields dropped, privacy applied, schema checked. */
function dataOf(kind: string, record: unknown, options: ExportOptions, namer?: Namer): unknown {
  if (record === null) return null;
  let data = record;
  if (kind === 'friction-flag') {
    const { screenRef: _screenRef, ...flag } = record as { screenRef?: string };
    data = flag;
  }
  const reduced = reduceRecord(kind, data, options.redactQuotes, namer);
  const schema = SCHEMAS[kind];
  return schema ? schema.parse(reduced) : reduced;
}

/**
 * The change log after `req.fromSeq` as an NDJSON Blob and its manifest. Pseudonymising needs every
 * name and ID before the first line is written (they are found inside free text too): a first pass
 * only records them, as the other exports do (export-stream.ts).
 */
export async function streamChangeLog(db: AppDB, req: ChangeLogRequest): Promise<ChangeLogExport> {
  if (req.options.pseudonymise && !req.key)
    throw new Error('Pseudonymising needs the pseudonym key (getPseudonymKey()).');
  const kinds = presentKinds(db.tables.map((t) => t.name));
  const size = req.pageSize ?? READ_PAGE;
  const tables = [db.changeLog, db.exchangeDevice, ...kinds.map((k) => db.table(k.table))];
  return db.transaction('r', tables, async (tx) => {
    let namer: Namer | undefined;
    let exportedBy = req.exportedBy;
    if (req.options.pseudonymise) {
      const recording = recordingNamer();
      recording.author(req.exportedBy);
      for await (const page of pages(db, kinds, req.fromSeq, size))
        for (const { change, record } of page) {
          reduceId(change.kind, change.id, recording);
          if (record !== null) reduceRecord(change.kind, record, req.options.redactQuotes, recording);
        }
      // Computing HMACs is not a database request: keep the read transaction open while it runs.
      namer = await (tx as unknown as WaitFor).waitFor(resolvedNamer(req.key!, recording.values));
      exportedBy = namer.author(req.exportedBy);
    }
    const parts = new BlobParts();
    const hash = sha256.create();
    const encoder = new TextEncoder();
    const counts: Record<string, number> = {};
    let lines = 0;
    let deleted = 0;
    let toSeq = req.fromSeq;
    for await (const page of pages(db, kinds, req.fromSeq, size))
      for (const { change, record } of page) {
        const { kind, rev, parentRev, seq, device, author, updatedAt } = change;
        // A record gone without its tombstone (should not happen) is written as deleted: never dropped.
        const gone = change.deleted || record === null;
        const line = `${JSON.stringify({
          kind,
          id: reduceId(kind, change.id, namer),
          rev,
          parentRev,
          seq,
          device,
          author,
          updatedAt,
          deleted: gone,
          data: gone ? null : dataOf(kind, record, req.options, namer),
        })}\n`;
        parts.write(line);
        hash.update(encoder.encode(line));
        counts[kind] = (counts[kind] ?? 0) + 1;
        lines++;
        if (gone) deleted++;
        toSeq = seq!;
      }
    const manifest: ChangeLogManifest = {
      format: CHANGE_LOG_FORMAT,
      version: CHANGE_LOG_VERSION,
      generator: { name: 'Margin', version: req.generatorVersion },
      exportedAt: req.exportedAt,
      exportedBy,
      device: (await db.exchangeDevice.get('device'))?.device ?? null,
      fromSeq: req.fromSeq,
      toSeq,
      lines,
      counts,
      deleted,
      options: req.options,
      personalData: changeLogStatement(counts, deleted, req.options),
      sha256: bytesToHex(hash.digest()),
    };
    parts.write(`${JSON.stringify({ manifest })}\n`);
    return { blob: new Blob(parts.parts(), { type: NDJSON_TYPE }), manifest };
  });
}

/** The file name: the sequence range and the privacy options. */
export function changeLogFileName(
  manifest: Pick<ChangeLogManifest, 'exportedAt' | 'fromSeq' | 'toSeq' | 'options'>,
) {
  const privacy = [
    manifest.options.pseudonymise ? '-pseudonymised' : '',
    manifest.options.redactQuotes ? '-without-quotes' : '',
  ].join('');
  return `margin-changes-${manifest.exportedAt.slice(0, 10)}-seq-${manifest.fromSeq + 1}-${manifest.toSeq}${privacy}.ndjson`;
}
