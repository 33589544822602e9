/**
 * The pseudonymisation transform, record type by record type: which field is an identifier, a name, an
 * address or free text. The namer decides what each becomes (see namer.ts); this file only decides
 * where they are. Every string field that could carry a person ID or a name is listed here.
 */
import type { Audit } from '../model/audit';
import type { CounterRow, FrictionFlag } from '../model/friction';
import type { Note, NotePage } from '../model/note';
import type { Observation, ObservationTarget } from '../model/observation';
import type { Reply } from '../model/reply';
import type { Selector } from '../model/selector';
import type { Template } from '../model/template';
import type { ExportData } from './bundle-schema';
import type { ExportFilters } from './filters';
import type { Namer } from './namer';

type Text = (value: string) => string;
const opt = (value: string | undefined, map: Text) => (value === undefined ? value : map(value));
/** Copies `record` with only the keys it already has, so optional fields stay absent. */
const defined = <T extends object>(record: T): T =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;

function page(p: NotePage, n: Namer): NotePage {
  return defined({
    ...p,
    path: n.address(p.path),
    personId: opt(p.personId, n.person),
    formName: opt(p.formName, n.text),
    stepId: opt(p.stepId, n.step),
  });
}

function selector(s: Selector, n: Namer): Selector {
  switch (s.type) {
    case 'TextQuoteSelector':
      return defined({
        ...s,
        exact: n.text(s.exact),
        prefix: opt(s.prefix, n.text),
        suffix: opt(s.suffix, n.text),
      });
    case 'CssSelector':
      return { ...s, value: n.text(s.value) };
    case 'FieldSelector':
      return defined({ ...s, name: opt(s.name, n.text), id: opt(s.id, n.text), label: opt(s.label, n.text) });
    default:
      return s;
  }
}

function target(t: ObservationTarget, n: Namer): ObservationTarget {
  return defined({
    page: page(t.page, n),
    selectors: t.selectors.map((s) => selector(s, n)),
    quote: opt(t.quote, n.text),
  });
}

function audit(a: Audit, n: Namer): Audit {
  const sections = Object.fromEntries(
    Object.entries(a.sections).map(([id, r]) => [
      id,
      defined({ ...r, justification: opt(r.justification, n.text) }),
    ]),
  );
  const caseRef = { ...a.caseRef, personId: n.person(a.caseRef.personId) };
  return defined({ ...a, caseRef, auditor: n.author(a.auditor), sections, summary: opt(a.summary, n.text) });
}

function observation(o: Observation, n: Namer): Observation {
  const evidence = o.evidence?.map((e) => ({
    ...e,
    ref: e.kind === 'friction-field' ? n.address(e.ref) : e.ref,
    summary: n.text(e.summary),
  }));
  return defined({
    ...o,
    comment: n.text(o.comment),
    followUp: opt(o.followUp, n.text),
    evidence,
    target: target(o.target, n),
    pageKey: n.address(o.pageKey),
    author: n.author(o.author),
  });
}

/** A reply: its author is a name, its text free text (the role is not personal: it stays). */
function reply(r: Reply, n: Namer): Reply {
  return { ...r, text: n.text(r.text), author: n.author(r.author) };
}

function note(x: Note, n: Namer): Note {
  return {
    ...x,
    text: n.text(x.text),
    page: page(x.page, n),
    pageKey: n.address(x.pageKey),
    author: n.author(x.author),
  };
}

function flag(f: FrictionFlag, n: Namer): FrictionFlag {
  return defined({
    ...f,
    comment: opt(f.comment, n.text),
    workaround: opt(f.workaround, n.text),
    target: target(f.target, n),
    pageKey: n.address(f.pageKey),
    author: n.author(f.author),
  });
}

function counter(c: CounterRow, n: Namer): CounterRow {
  const screen = n.address(c.screen);
  const screenRef = `${c.origin}|${screen}`;
  const screenDay = `${c.day}|${screenRef}`;
  const rest = c.key.startsWith(`${c.screenDay}|`) ? c.key.slice(c.screenDay.length) : `|${c.key}`;
  return defined({
    ...c,
    key: screenDay + n.address(rest),
    screen,
    screenRef,
    screenDay,
    form: n.text(c.form),
    field: n.text(c.field),
    name: opt(c.name, n.text),
    id: opt(c.id, n.text),
    label: opt(c.label, n.text),
    css: opt(c.css, n.text),
  });
}

/** The filters as the file states them, identifiers and names passed through `n`. */
export function pseudonymiseFilters(f: ExportFilters, n: Namer): ExportFilters {
  return defined({
    ...f,
    auditor: opt(f.auditor, n.author),
    personId: opt(f.personId, n.person),
    screen: opt(f.screen, n.address),
    text: opt(f.text, n.text),
  });
}

/** Every record of `data` with identifiers, names and addresses passed through `namer`. */
export function pseudonymiseData(data: ExportData, namer: Namer): ExportData {
  return {
    filters: pseudonymiseFilters(data.filters, namer),
    audits: data.audits.map((a) => audit(a, namer)),
    observations: data.observations.map((o) => observation(o, namer)),
    ...(data.replies ? { replies: data.replies.map((r) => reply(r, namer)) } : {}),
    notes: data.notes.map((x) => note(x, namer)),
    templates: data.templates,
    frictionFlags: data.frictionFlags.map((f) => flag(f, namer)),
    frictionCounters: data.frictionCounters.map((c) => counter(c, namer)),
  };
}

/** The transform of one record of each type (templates hold no personal data and pass unchanged). */
export const pseudonymiseRecord = {
  audits: audit,
  observations: observation,
  replies: reply,
  notes: note,
  templates: (t: Template) => t,
  frictionFlags: flag,
  frictionCounters: counter,
};
