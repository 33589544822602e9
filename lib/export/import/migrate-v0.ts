/**
 * Brings a version 0 export forward to version 1, losing nothing: `text` becomes `comment`, factor paths
 * ("human-tool/ict-systems") become factor tags, the generator string splits into name and version, and
 * what version 0 did not record (filters, pseudonymisation, the personal-data statement, counters) gets
 * the values that describe such a file truthfully.
 */
import type { FactorTag, Observation } from '../../model/observation';
import type { IncomingBundle, IncomingBundleV0, ObservationV0 } from './incoming-schema';

/** `factor` or `factor/sub-item` as a factor tag. */
export function factorFromPath(path: string): FactorTag {
  const [factor = '', subItem] = path.split('/');
  return subItem === undefined ? { factor } : { factor, subItem };
}

/** A version 0 observation in the version 1 shape. */
export function migrateObservationV0(observation: ObservationV0): Observation {
  const { text, factors, ...rest } = observation;
  return { ...rest, comment: text, factors: factors.map(factorFromPath) };
}

/** "Margin 0.0.9" as `{ name: 'Margin', version: '0.0.9' }`; a string without a version keeps it whole. */
export function splitGenerator(generator: string): { name: string; version: string } {
  const match = /^(.*\S)\s+v?(\d[\w.+-]*)$/.exec(generator.trim());
  return match ? { name: match[1]!, version: match[2]! } : { name: generator, version: 'unknown' };
}

/** What a version 0 file holds, stated the way version 1 files state it. */
function personalDataOf(bundle: IncomingBundleV0): { summary: string; contains: string[] } {
  // The same names as version 1 files use (lib/export/bundle-schema.ts, PERSONAL_DATA_KINDS).
  const contains = [
    'person identifiers',
    'author names',
    'page addresses',
    'free text written by auditors and practitioners',
  ];
  const quotes = bundle.observations.some((o) => o.target.quote !== undefined || o.target.selectors.length);
  if (quotes && !bundle.redactQuotes) contains.push('quoted case-record text');
  if (bundle.frictionFlags.length) contains.push('friction reports by practitioners');
  return {
    summary:
      'Exported by an earlier Margin (schema version 0), which did not state its personal data; ' +
      'this list was worked out from the records when it was imported.',
    contains,
  };
}

/** The version 1 bundle holding everything a version 0 bundle holds. */
export function migrateV0(bundle: IncomingBundleV0): IncomingBundle {
  return {
    schemaVersion: 1,
    generator: splitGenerator(bundle.generator),
    exportedAt: bundle.exportedAt,
    exportedBy: bundle.exportedBy,
    filters: {},
    options: { redactQuotes: bundle.redactQuotes, pseudonymise: false },
    personalData: personalDataOf(bundle),
    audits: bundle.audits,
    observations: bundle.observations.map(migrateObservationV0),
    notes: bundle.notes,
    templates: bundle.templates,
    frictionFlags: bundle.frictionFlags,
    frictionCounters: [],
  };
}
