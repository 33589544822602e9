/**
 * The JSON-LD context of Margin's Web Annotation export: the W3C annotation context, plus Margin's own
 * namespace for what the standard has no term for. The namespace IRI is an identifier only: nothing
 * ever fetches it (Margin makes no network requests) and JSON-LD tools need not dereference it.
 */

/** Margin's vocabulary namespace; every extra term is written as `margin:<name>`. */
export const MARGIN_NS = 'https://margin.example/ns#';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** `@context` of the AnnotationCollection. */
export const JSON_LD_CONTEXT = [ANNO_CONTEXT, { margin: MARGIN_NS }] as const;

/** Media type of the file (the W3C Web Annotation profile of JSON-LD). */
export const JSON_LD_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** Annotations per AnnotationPage. */
export const PAGE_SIZE = 500;
