/**
 * The round report's "Compliance beside quality": per template section, the round's finished audits
 * whose compliance answer and grade diverge (lib/learning/divergence.ts), counted by kind, with the
 * cases named through the report's `Namer` (pseudonymised like the rest of the report).
 */
import type { Namer } from '../export/namer';
import { divergenceBySection, DIVERGENT_KINDS } from '../learning/divergence';
import type { Audit } from '../model/audit';
import type { ComplianceSection } from '../model/round-report';
import type { Template } from '../model/template';

/** The divergent sections of `audits`, each case once per section and kind, in section order. */
export function complianceBesideQuality(
  audits: readonly Audit[],
  templateOf: (audit: Audit) => Template | undefined,
  n: Namer,
): ComplianceSection[] {
  const byId = new Map(audits.map((a) => [a.id, a]));
  const cases = (ids: readonly string[]) => [
    ...new Set(ids.map((id) => n.person(byId.get(id)!.caseRef.personId))),
  ];
  return divergenceBySection(audits, templateOf).map((section) => {
    const [poor, good] = DIVERGENT_KINDS.map((kind) => cases(section.auditIds[kind]));
    return {
      section: section.title,
      compliantPoorPractice: poor!.length,
      notCompliantGoodPractice: good!.length,
      cases: [
        ...poor!.map((caseId) => ({ caseId, divergence: 'compliant-poor-practice' as const })),
        ...good!.map((caseId) => ({ caseId, divergence: 'not-compliant-good-practice' as const })),
      ],
    };
  });
}
