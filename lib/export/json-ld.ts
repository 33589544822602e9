/**
 * The JSON-LD writer: the bundle's observations, notes and friction flags as one W3C
 * AnnotationCollection, streamed one annotation per chunk. Pages of PAGE_SIZE annotations are embedded
 * in the file: the collection's `first` is page 1, and each page embeds the next under `next` (a
 * standard link, here holding the page itself rather than its IRI), so the file stays one document.
 * Audits, templates and friction counters are not annotations: they are in Margin JSON only.
 */
import type { MarginBundle } from './bundle-schema';
import { flagAnnotation, noteAnnotation, observationAnnotation, type JsonLd } from './json-ld-annotation';
import { JSON_LD_CONTEXT, PAGE_SIZE } from './json-ld-context';
import { labeller } from './labels';

export interface JsonLdOptions {
  /** Annotations per page (default PAGE_SIZE). */
  pageSize?: number;
  /** Makes the collection's and pages' `urn:uuid:` ids (default: random UUIDs). */
  newId?: () => string;
}

function* annotations(bundle: MarginBundle): Generator<JsonLd> {
  const labels = labeller(bundle);
  for (const o of bundle.observations) yield observationAnnotation(o, labels);
  for (const n of bundle.notes) yield noteAnnotation(n);
  for (const f of bundle.frictionFlags) yield flagAnnotation(f);
}

const prefixed = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [`margin:${key}`, value]));

/** Opening of the collection: everything before its first page's items. */
function header(bundle: MarginBundle, id: string, total: number, lastPage: string): string {
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

/** The chunks of the JSON-LD file of `bundle`; joined, they parse as one AnnotationCollection. */
export function* jsonLdChunks(bundle: MarginBundle, options: JsonLdOptions = {}): Generator<string> {
  const size = options.pageSize ?? PAGE_SIZE;
  const newId = options.newId ?? (() => `urn:uuid:${crypto.randomUUID()}`);
  const total = bundle.observations.length + bundle.notes.length + bundle.frictionFlags.length;
  const id = newId();
  const pages = Array.from({ length: Math.max(1, Math.ceil(total / size)) }, newId);
  yield header(bundle, id, total, pages.at(-1) ?? id);
  let index = 0;
  for (const item of annotations(bundle)) {
    const page = Math.floor(index / size);
    if (index % size === 0) {
      const prev = page > 0 ? `, "prev": ${JSON.stringify(pages[page - 1])}` : '';
      const open = `{ "id": ${JSON.stringify(pages[page])}, "type": "AnnotationPage", "partOf": ${JSON.stringify(id)}${prev}, "startIndex": ${index}, "items": [`;
      yield `${page === 0 ? ',\n  "first": ' : '],\n"next": '}${open}`;
    }
    yield `${index % size === 0 ? '' : ','}\n${JSON.stringify(item)}`;
    index++;
  }
  if (total === 0) {
    yield `,\n  "first": { "id": ${JSON.stringify(pages[0])}, "type": "AnnotationPage", "partOf": ${JSON.stringify(id)}, "startIndex": 0, "items": [`;
  }
  yield `]${' }'.repeat(pages.length)}\n}\n`;
}
