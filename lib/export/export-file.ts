/**
 * One call for the dashboard's export button: collect the records matching the filters, apply the
 * privacy options, build the bundle and write it in the chosen format as a Blob with a file name.
 * Runs on extension pages (it reads Dexie and `storage.local`); it never sends anything anywhere.
 */
import type { Template } from '../model/template';
import type { AppDB } from '../storage/db';
import { toBlob } from './blob';
import { buildBundle } from './bundle';
import type { ExportOptions, MarginBundle } from './bundle-schema';
import { collectExport } from './collect';
import { csvChunks, CSV_TYPE } from './csv';
import type { ExportFilters } from './filters';
import { jsonLdChunks } from './json-ld';
import { JSON_LD_TYPE } from './json-ld-context';
import { marginJsonChunks, MARGIN_JSON_TYPE } from './margin-json';
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
}

export interface ExportResult {
  blob: Blob;
  /** e.g. `margin-export-2026-11-27.margin.json`. */
  filename: string;
  bundle: MarginBundle;
}

/** Builds the bundle a request describes (collected, privacy applied, validated). */
export async function prepareBundle(db: AppDB, request: ExportRequest): Promise<MarginBundle> {
  const { options } = request;
  const key = options.pseudonymise ? (request.key ?? (await getPseudonymKey())) : undefined;
  const collected = await collectExport(db, request.filters, request.organisation);
  const data = await applyPrivacy(collected, options, key, [request.exportedBy]);
  const exportedBy =
    key && request.exportedBy !== ''
      ? await pseudonym(key, 'author', request.exportedBy)
      : request.exportedBy;
  const exportedAt = (request.now ?? new Date()).toISOString();
  return buildBundle(data, { generatorVersion: request.generatorVersion, exportedAt, exportedBy, options });
}

/** Exports as `request` says and returns the file; the caller offers it for download. */
export async function exportFile(db: AppDB, request: ExportRequest): Promise<ExportResult> {
  const bundle = await prepareBundle(db, request);
  const format = FORMATS[request.format];
  const blob = await toBlob(format.write(bundle), format.type);
  return { blob, bundle, filename: `margin-export-${bundle.exportedAt.slice(0, 10)}.${format.suffix}` };
}

/** The chunks of `bundle` in `format`, for callers that stream elsewhere than a Blob. */
export function writeChunks(bundle: MarginBundle, format: ExportFormat): Iterable<string> {
  return FORMATS[format].write(bundle);
}
