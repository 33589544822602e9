/**
 * One call for the dashboard's export button: the records matching the filters, with the privacy
 * options applied, written in the chosen format as a Blob with a file name. The export streams
 * through the database a page at a time (export-stream.ts), so its memory does not grow with the
 * export; this is Margin's one export path. Runs on extension pages (it reads Dexie and
 * `storage.local`); it never sends anything anywhere.
 */
import type { Template } from '../model/template';
import type { AppDB } from '../storage/db';
import type { ExportOptions, PersonalData } from './bundle-schema';
import { SINKS } from './export-sinks';
import { streamExport } from './export-stream';
import type { ExportFilters } from './filters';
import type { RecordCounts } from './personal-data';
import { getPseudonymKey, pseudonym } from './pseudonym';

export const EXPORT_FORMATS = ['margin-json', 'json-ld', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How each format's file name ends. */
const SUFFIX: Record<ExportFormat, string> = {
  'margin-json': 'margin.json',
  'json-ld': 'annotations.jsonld',
  csv: 'csv',
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
  /** The export's time, `exportedAt` in the file and the date in its name (default: now). */
  now?: Date;
  /** Records read from the database at a time (default READ_PAGE). */
  pageSize?: number;
  /** Makes JSON-LD's collection and page ids (default: random `urn:uuid:`s). */
  newId?: () => string;
}

export interface ExportResult {
  blob: Blob;
  /**
   * e.g. `margin-export-2026-11-27.margin.json`; `-pseudonymised` and `-without-quotes` are added when
   * those options were used, so a shareable copy is never saved over (or mistaken for) the full file.
   */
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

/** The file name of an export: its date, the privacy options used, and the format's suffix. */
export function exportFileName(
  exportedAt: string,
  request: Pick<ExportRequest, 'format' | 'options'>,
): string {
  const privacy = [
    request.options.pseudonymise ? '-pseudonymised' : '',
    request.options.redactQuotes ? '-without-quotes' : '',
  ].join('');
  return `margin-export-${exportedAt.slice(0, 10)}${privacy}.${SUFFIX[request.format]}`;
}

/**
 * Exports as `request` says and returns the file; the caller offers it for download. The records are
 * read, reduced and written a page at a time: memory stays about the same however large the export.
 */
export async function exportFile(db: AppDB, request: ExportRequest): Promise<ExportResult> {
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
    filename: exportFileName(exportedAt, request),
  };
}
