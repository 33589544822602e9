/**
 * One call for the dashboard's export button: the records matching the filters, with the privacy
 * options applied, written in the chosen format as a Blob with a file name. `exportFile` streams
 * through the database a page at a time (export-stream.ts), so its memory does not grow with the
 * export; `prepareBundle` + `writeChunks` make the same file in memory, for callers that want the
 * bundle itself. Runs on extension pages (it reads Dexie and `storage.local`); it never sends anything
 * anywhere.
 */
import type { Template } from '../model/template';
import type { AppDB } from '../storage/db';
import { buildBundle } from './bundle';
import type { ExportOptions, MarginBundle, PersonalData } from './bundle-schema';
import { collectExport } from './collect';
import { SINKS } from './export-sinks';
import { streamExport } from './export-stream';
import { csvChunks, CSV_TYPE } from './csv';
import type { ExportFilters } from './filters';
import { jsonLdChunks } from './json-ld';
import { JSON_LD_TYPE } from './json-ld-context';
import { marginJsonChunks, MARGIN_JSON_TYPE } from './margin-json';
import type { RecordCounts } from './personal-data';
import { applyPrivacy } from './privacy';
import { getPseudonymKey, pseudonym } from './pseudonym';

export const EXPORT_FORMATS = ['margin-json', 'json-ld', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const FORMATS: Record<
  ExportFormat,
  { type: string; suffix: string; write: (b: MarginBundle) => Iterable<string> }
> = {
  'margin-json': { type: MARGIN_JSON_TYPE, suffix: 'margin.json', write: marginJsonChunks },
  'json-ld': { type: JSON_LD_TYPE, suffix: 'annotations.jsonld', write: (b) => jsonLdChunks(b) },
  csv: { type: CSV_TYPE, suffix: 'csv', write: csvChunks },
};

export interface ExportRequest {
  format: ExportFormat;
  filters: ExportFilters;
  options: ExportOptions;
  /** The exporter's display name (settings); pseudonymised with the rest when asked. */
  exportedBy: string;
  /** Margin's version, e.g. `browser.runtime.getManifest().version`. */
  generatorVersion: string;
  /** The organisation's (policy) templates, so their audits' templates are exported too. */
  organisation?: readonly Template[];
  /** Defaults to this profile's key (getPseudonymKey) when pseudonymising. */
  key?: CryptoKey;
  now?: Date;
  /** Records read from the database at a time (default READ_PAGE). */
  pageSize?: number;
  /** Makes JSON-LD's collection and page ids (default: random `urn:uuid:`s). */
  newId?: () => string;
}

export interface ExportResult {
  blob: Blob;
  /** e.g. `margin-export-2026-11-27.margin.json`. */
  filename: string;
  /** Records of each type in the file. */
  counts: RecordCounts;
  /** The file's statement of the personal data it holds. */
  personalData: PersonalData;
}

/** The key to pseudonymise with, and the exporter's name as the file gives it. */
async function exporter(request: ExportRequest) {
  const key = request.options.pseudonymise ? (request.key ?? (await getPseudonymKey())) : undefined;
  const exportedBy =
    key && request.exportedBy !== ''
      ? await pseudonym(key, 'author', request.exportedBy)
      : request.exportedBy;
  return { key, exportedBy, exportedAt: (request.now ?? new Date()).toISOString() };
}

/** Builds, in memory, the bundle a request describes (collected, privacy applied, validated). */
export async function prepareBundle(db: AppDB, request: ExportRequest): Promise<MarginBundle> {
  const { options } = request;
  const { key, exportedBy, exportedAt } = await exporter(request);
  const collected = await collectExport(db, request.filters, request.organisation);
  const data = await applyPrivacy(collected, options, key, [request.exportedBy]);
  return buildBundle(data, { generatorVersion: request.generatorVersion, exportedAt, exportedBy, options });
}

/**
 * Exports as `request` says and returns the file; the caller offers it for download. The records are
 * read, reduced and written a page at a time: memory stays about the same however large the export.
 */
export async function exportFile(db: AppDB, request: ExportRequest): Promise<ExportResult> {
  const format = FORMATS[request.format];
  const { key, exportedBy, exportedAt } = await exporter(request);
  const { blob, counts, personalData } = await streamExport(
    db,
    {
      filters: request.filters,
      options: request.options,
      exportedBy,
      names: [request.exportedBy],
      generatorVersion: request.generatorVersion,
      exportedAt,
      organisation: request.organisation ?? [],
      key,
      pageSize: request.pageSize,
    },
    SINKS[request.format](request.newId),
  );
  return {
    blob,
    counts,
    personalData,
    filename: `margin-export-${exportedAt.slice(0, 10)}.${format.suffix}`,
  };
}

/** The chunks of `bundle` in `format`, for callers that stream elsewhere than a Blob. */
export function writeChunks(bundle: MarginBundle, format: ExportFormat): Iterable<string> {
  return FORMATS[format].write(bundle);
}
