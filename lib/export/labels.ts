/**
 * Human labels for the ids an export holds (kind, evidence source, factor, section, grade), for the
 * formats people read (CSV) or that carry labels beside ids (JSON-LD). A grade's label comes from the
 * scale of the observation's audit template and section; without them the stored value is shown.
 */
import { factorLabel } from '../audit/factors';
import { gradeLabel } from '../audit/scales';
import { EVIDENCE_SOURCE_LABELS, KIND_LABELS, type Observation } from '../model/observation';
import { sectionScale, type Template, type TemplateSection } from '../model/template';

export { factorLabel };

export interface Labeller {
  kind(kind: Observation['kind']): string;
  evidenceSource(source: Observation['evidenceSource']): string;
  /** The section's title, else its id; undefined when the observation has no section. */
  section(observation: Observation): string | undefined;
  /** The grade's label on its scale, else the grade; undefined when ungraded. */
  grade(observation: Observation): string | undefined;
}

/**
 * A labeller that asks `templateOf` for the template of an observation's audit (undefined: the audit
 * or its template is not in the export), for writers that meet audits a page at a time.
 */
export function labellerOf(templateOf: (auditId: string) => Template | undefined): Labeller {
  const where = (o: Observation): [Template, TemplateSection | undefined] | undefined => {
    const template = o.auditId ? templateOf(o.auditId) : undefined;
    return template && [template, template.sections.find((s) => s.id === o.sectionId)];
  };
  return {
    kind: (kind) => KIND_LABELS[kind],
    evidenceSource: (source) => EVIDENCE_SOURCE_LABELS[source],
    section(o) {
      if (o.sectionId === undefined) return undefined;
      return where(o)?.[1]?.title ?? o.sectionId;
    },
    grade(o) {
      if (o.grade === undefined) return undefined;
      const found = where(o);
      if (!found) return o.grade;
      const [template, section] = found;
      return gradeLabel(section ? sectionScale(template, section) : template.scale, o.grade);
    },
  };
}
