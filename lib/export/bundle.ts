/**
 * Assembles the Margin JSON bundle from collected (and privacy-reduced) records: adds the generator,
 * export time, exporter, filters, options and the personal-data statement, and validates the result
 * against `MarginBundleSchema`, so a file Margin writes always matches its published JSON Schema.
 */
import {
  MARGIN_BUNDLE_SCHEMA_VERSION,
  MarginBundleSchema,
  type ExportData,
  type ExportOptions,
  type MarginBundle,
} from './bundle-schema';
import { describePersonalData } from './personal-data';

export interface BundleMeta {
  /** Margin's version (the extension manifest's `version`). */
  generatorVersion: string;
  exportedAt: string;
  /** The exporter's name as it should appear in the file (already a pseudonym if pseudonymising). */
  exportedBy: string;
  options: ExportOptions;
}

/** The bundle of `data`; throws a ZodError naming the record if anything does not match the schema. */
export function buildBundle(data: ExportData, meta: BundleMeta): MarginBundle {
  return MarginBundleSchema.parse({
    schemaVersion: MARGIN_BUNDLE_SCHEMA_VERSION,
    generator: { name: 'Margin', version: meta.generatorVersion },
    exportedAt: meta.exportedAt,
    exportedBy: meta.exportedBy,
    filters: data.filters,
    options: meta.options,
    personalData: describePersonalData(data, meta.options, meta.exportedBy),
    audits: data.audits,
    observations: data.observations,
    notes: data.notes,
    templates: data.templates,
    frictionFlags: data.frictionFlags,
    frictionCounters: data.frictionCounters,
  });
}
