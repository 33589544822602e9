/**
 * One Margin record as a W3C Web Annotation (domain notes §9): observations and their replies, page
 * notes and friction flags. Standard terms come from http://www.w3.org/ns/anno.jsonld; everything Margin adds is a
 * `margin:` term (see json-ld-context.ts). Absent values are left out, never written as null.
 */
import type { FrictionFlag } from '../model/friction';
import type { Note, NotePage } from '../model/note';
import type { Observation, ObservationTarget } from '../model/observation';
import type { Reply } from '../model/reply';
import type { Selector } from '../model/selector';
import { categoryLabel } from '../friction/categories';
import { factorLabel, type Labeller } from './labels';

export type JsonLd = Record<string, unknown>;

/** `record` without its undefined values. */
const compact = (record: JsonLd): JsonLd =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

const textBody = (purpose: string, value: string, extra: JsonLd = {}): JsonLd => ({
  type: 'TextualBody',
  purpose,
  value,
  format: 'text/plain',
  ...extra,
});

function selector(s: Selector): JsonLd {
  if (s.type !== 'FieldSelector') return { ...s };
  return compact({
    type: 'margin:FieldSelector',
    'margin:tag': s.tag,
    'margin:inputType': s.inputType,
    'margin:name': s.name,
    'margin:elementId': s.id,
    'margin:label': s.label,
  });
}

/** A SpecificResource: the screen's address as source, the selectors as alternatives, the page's context. */
function target(page: NotePage, t?: ObservationTarget): JsonLd {
  return compact({
    source: page.origin + page.path,
    selector: t && t.selectors.length > 0 ? t.selectors.map(selector) : undefined,
    'margin:quote': t?.quote,
    'margin:system': page.system,
    'margin:personId': page.personId,
    'margin:formName': page.formName,
    'margin:stepId': page.stepId,
    'margin:adapter': page.adapter,
  });
}

const common = (record: { id: string; author: string; createdAt: string }, type: string) => ({
  id: `urn:uuid:${record.id}`,
  type: 'Annotation',
  'margin:recordType': type,
  creator: record.author === '' ? undefined : { type: 'Person', name: record.author },
  created: record.createdAt,
});

/** An observation: assessing when graded, else commenting; factors as tags, kind as classification. */
export function observationAnnotation(o: Observation, labels: Labeller): JsonLd {
  const grade = labels.grade(o);
  const body = [
    textBody('commenting', o.comment),
    textBody('classifying', labels.kind(o.kind), { 'margin:kind': o.kind }),
    ...o.factors.map((tag) =>
      textBody('tagging', factorLabel(tag.factor, tag.subItem), {
        'margin:factor': tag.factor,
        ...(tag.subItem ? { 'margin:subItem': tag.subItem } : {}),
      }),
    ),
    ...(grade === undefined ? [] : [textBody('assessing', grade, { 'margin:grade': o.grade })]),
  ];
  const evidence = o.evidence?.map((e) => ({
    'margin:kind': e.kind,
    'margin:ref': e.ref,
    'margin:summary': e.summary,
  }));
  return compact({
    ...common(o, 'observation'),
    motivation: o.grade === undefined ? 'commenting' : 'assessing',
    modified: o.updatedAt,
    body,
    target: target(o.target.page, o.target),
    'margin:auditId': o.auditId ?? undefined,
    'margin:sectionId': o.sectionId,
    'margin:sectionTitle': labels.section(o),
    'margin:evidenceSource': o.evidenceSource,
    'margin:followUp': o.followUp,
    'margin:evidence': evidence,
  });
}

/** A reply: `replying` to its observation's annotation (the W3C model's way of threading). */
export function replyAnnotation(r: Reply): JsonLd {
  return compact({
    ...common(r, 'reply'),
    motivation: 'replying',
    modified: r.updatedAt,
    body: [textBody('replying', r.text)],
    target: `urn:uuid:${r.observationId}`,
    'margin:authorRole': r.authorRole,
  });
}

/** A page note: commenting on the screen as a whole. */
export function noteAnnotation(n: Note): JsonLd {
  return compact({
    ...common(n, 'note'),
    motivation: 'commenting',
    modified: n.updatedAt,
    body: [textBody('commenting', n.text)],
    target: target(n.page),
  });
}

/** A friction flag: commenting, its category as a classification and as `margin:frictionCategory`. */
export function flagAnnotation(f: FrictionFlag): JsonLd {
  return compact({
    ...common(f, 'friction-flag'),
    motivation: 'commenting',
    body: [
      ...(f.comment ? [textBody('commenting', f.comment)] : []),
      textBody('classifying', categoryLabel(f.category), { 'margin:frictionCategory': f.category }),
    ],
    target: target(f.target.page, f.target),
    'margin:frictionCategory': f.category,
    'margin:severity': f.severity,
    'margin:minutesLost': f.minutesLost,
    'margin:workaround': f.workaround,
  });
}
