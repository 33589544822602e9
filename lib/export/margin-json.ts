/**
 * The pieces of a Margin JSON file: the bundle as indented JSON, the metadata first, then each record
 * array with one record per line, so an export of any size is written record by record without
 * building one giant string (export-sinks.ts), and a reader can still skim it.
 */
import { RECORD_KEYS, type MarginBundle } from './bundle-schema';

export const MARGIN_JSON_TYPE = 'application/json';

type RecordKey = (typeof RECORD_KEYS)[number];
/** A bundle's metadata: everything but the record arrays. */
export type BundleHead = Omit<MarginBundle, RecordKey>;

const indent = (json: string) => json.replace(/\n/g, '\n  ');
const RECORDS = new Set<string>(RECORD_KEYS);

/** The file up to the first record array: `{` and the metadata, in the bundle's key order. */
export function marginJsonHead(head: BundleHead | MarginBundle): string {
  const meta = Object.entries(head).filter(([key]) => !RECORDS.has(key));
  return `{\n${meta.map(([key, value]) => `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2))}`).join(',\n')}`;
}

/** The opening of the record array `key`. */
export const marginJsonOpen = (key: RecordKey) => `,\n  ${JSON.stringify(key)}: [`;

/** The `index`th record of an array, on its own line. */
export const marginJsonItem = (item: unknown, index: number) =>
  `${index === 0 ? '' : ','}\n    ${JSON.stringify(item)}`;

/** The closing of a record array of `count` records. */
export const marginJsonClose = (count: number) => (count === 0 ? ']' : '\n  ]');

export const MARGIN_JSON_TAIL = '\n}\n';
