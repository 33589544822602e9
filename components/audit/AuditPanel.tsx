/** The active audit: its case and template, progress through the sections, the chosen section, finishing. */
import type { Audit } from '@/lib/model/audit';
import type { Template } from '@/lib/model/template';
import { setActiveAuditId } from '@/lib/audit/active-audit';
import { SectionEditor } from './SectionEditor';
import { FinishAudit } from './FinishAudit';
import { useFocusOnMount } from '../use-focus-on-mount';

interface Props {
  audit: Audit;
  template: Template;
  sectionId: string | null;
  onSection(id: string): void;
}

export function AuditPanel({ audit, template, sectionId, onSection }: Props) {
  // Just started or resumed from the sidebar: focus lands on the audit, not on the page's body.
  const heading = useFocusOnMount<HTMLHeadingElement>([audit.id]);
  const done = template.sections.filter((section) => audit.sections[section.id]?.complete).length;
  const total = template.sections.length;
  const section = template.sections.find((candidate) => candidate.id === sectionId) ?? template.sections[0]!;
  return (
    <section class="card" aria-labelledby="audit-heading">
      <div class="row spread">
        <h2 id="audit-heading" tabIndex={-1} ref={heading}>
          Audit of {audit.caseRef.personId}
        </h2>
        <button type="button" class="link" onClick={() => void setActiveAuditId(null)}>
          Close
        </button>
      </div>
      <p class="muted">{template.name}</p>
      <div class="progress-row">
        <progress id="audit-progress" max={total} value={done} aria-label="Audit progress" />
        <span>
          {done} of {total} sections complete
        </span>
      </div>
      <ol class="sections" aria-label="Sections">
        {template.sections.map((candidate) => {
          const result = audit.sections[candidate.id];
          const current = candidate.id === section.id;
          return (
            <li key={candidate.id}>
              <button
                type="button"
                class={current ? 'section current' : 'section'}
                aria-current={current ? 'step' : undefined}
                onClick={() => onSection(candidate.id)}
              >
                <span aria-hidden="true">{result?.complete ? '✓' : candidate.required ? '•' : '○'}</span>{' '}
                {candidate.title}
                <span class="visually-hidden">
                  {result?.complete ? ' (complete)' : candidate.required ? ' (required)' : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <SectionEditor audit={audit} template={template} section={section} />
      <FinishAudit audit={audit} template={template} />
    </section>
  );
}
