/**
 * The Margin JSON writer: the bundle as indented JSON, streamed. The metadata comes first, then each
 * record array with one record per line (and per chunk), so an export of any size is written without
 * building one giant string, and a reader can still skim it.
 */
import { RECORD_KEYS, type MarginBundle } from './bundle-schema';

export const MARGIN_JSON_TYPE = 'application/json';

const indent = (json: string) => json.replace(/\n/g, '\n  ');

/** The chunks of the Margin JSON file of `bundle`; joined, they parse back to `bundle`. */
export function* marginJsonChunks(bundle: MarginBundle): Generator<string> {
  const records = new Set<string>(RECORD_KEYS);
  const meta = Object.entries(bundle).filter(([key]) => !records.has(key));
  yield `{\n${meta.map(([key, value]) => `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2))}`).join(',\n')}`;
  for (const key of RECORD_KEYS) {
    const items: readonly unknown[] = bundle[key];
    yield `,\n  ${JSON.stringify(key)}: [`;
    for (let index = 0; index < items.length; index++) {
      yield `${index === 0 ? '' : ','}\n    ${JSON.stringify(items[index])}`;
    }
    yield items.length === 0 ? ']' : '\n  ]';
  }
  yield '\n}\n';
}
