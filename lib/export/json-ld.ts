/**
 * The JSON-LD writer: an export's observations, notes and friction flags as one W3C
 * AnnotationCollection, written one annotation at a time (export-sinks.ts). Pages of PAGE_SIZE
 * annotations are embedded in the file: the collection's `first` is page 1, and each page embeds the
 * next under `next` (a standard link, here holding the page itself rather than its IRI), so the file
 * stays one document.
 * Audits, templates and friction counters are not annotations: they are in Margin JSON only.
 */
import type { BundleHead } from './margin-json';
import type { JsonLd } from './json-ld-annotation';
import { JSON_LD_CONTEXT, PAGE_SIZE } from './json-ld-context';

export interface JsonLdOptions {
  /** Annotations per page (default PAGE_SIZE). */
  pageSize?: number;
  /** Makes the collection's and pages' `urn:uuid:` ids (default: random UUIDs). */
  newId?: () => string;
}

const prefixed = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [`margin:${key}`, value]));

/** Opening of the collection: everything before its first page's items. */
function header(bundle: BundleHead, id: string, total: number, lastPage: string): string {
  const head = {
    '@context': JSON_LD_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Margin export of ${bundle.exportedAt.slice(0, 10)}`,
    total,
    generator: { type: 'Software', name: bundle.generator.name, 'margin:version': bundle.generator.version },
    generated: bundle.exportedAt,
    'margin:exportedBy': bundle.exportedBy,
    'margin:filters': prefixed(bundle.filters),
    'margin:options': prefixed(bundle.options),
    'margin:personalData': prefixed(bundle.personalData),
    last: lastPage,
  };
  return JSON.stringify(head, null, 2).slice(0, -2);
}

/**
 * Writes a collection whose size is known only at the end: `item` gives the text of each annotation
 * (opening a new page every `pageSize`), `end` the closing text, then `head` the collection's opening
 * (total, last page), which goes first in the file. Ids are made in file order: collection, then pages.
 */
export function jsonLdWriter(options: JsonLdOptions = {}) {
  const size = options.pageSize ?? PAGE_SIZE;
  const newId = options.newId ?? (() => `urn:uuid:${crypto.randomUUID()}`);
  const id = newId();
  let index = 0;
  let pages = 0;
  let page = id;
  return {
    item(annotation: JsonLd): string {
      let open = '';
      if (index % size === 0) {
        const previous = page;
        page = newId();
        pages++;
        const prev = pages > 1 ? `, "prev": ${JSON.stringify(previous)}` : '';
        open = `${pages === 1 ? ',\n  "first": ' : '],\n"next": '}{ "id": ${JSON.stringify(page)}, "type": "AnnotationPage", "partOf": ${JSON.stringify(id)}${prev}, "startIndex": ${index}, "items": [`;
      }
      const text = `${open}${index % size === 0 ? '' : ','}\n${JSON.stringify(annotation)}`;
      index++;
      return text;
    },
    end(): string {
      let open = '';
      if (index === 0) {
        page = newId();
        pages++;
        open = `,\n  "first": { "id": ${JSON.stringify(page)}, "type": "AnnotationPage", "partOf": ${JSON.stringify(id)}, "startIndex": 0, "items": [`;
      }
      return `${open}]${' }'.repeat(pages)}\n}\n`;
    },
    head: (bundle: BundleHead) => header(bundle, id, index, page),
  };
}
