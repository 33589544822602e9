/**
 * One template section of the active audit: its prompts, grade, the answer to its compliance question
 * (where the template asks one), justification and completeness.
 */
import { useEffect, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import type { Audit } from '@/lib/model/audit';
import { sectionScale, type Template, type TemplateSection } from '@/lib/model/template';
import { GradeSelect } from './GradeSelect';
import { ComplianceAnswer } from './ComplianceAnswer';
import { errorText } from '../error-text';

interface Props {
  audit: Audit;
  template: Template;
  section: TemplateSection;
}

export function SectionEditor({ audit, template, section }: Props) {
  const saved = audit.sections[section.id];
  const [grade, setGrade] = useState(saved?.grade);
  const [compliance, setCompliance] = useState(saved?.compliance);
  const [justification, setJustification] = useState(saved?.justification ?? '');
  const [complete, setComplete] = useState(saved?.complete ?? false);
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; message: string } | null>(null);
  useEffect(() => {
    setGrade(saved?.grade);
    setCompliance(saved?.compliance);
    setJustification(saved?.justification ?? '');
    setComplete(saved?.complete ?? false);
    setStatus(null);
  }, [audit.id, section.id]);

  const finished = audit.status === 'finished';
  async function save(event: Event) {
    event.preventDefault();
    try {
      await request({
        type: 'audit/section',
        auditId: audit.id,
        sectionId: section.id,
        result: {
          ...(grade ? { grade } : {}),
          ...(compliance && section.compliance ? { compliance } : {}),
          ...(justification.trim() ? { justification } : {}),
          complete,
        },
      });
      setStatus({ kind: 'saved', message: `Section “${section.title}” saved.` });
    } catch (error) {
      setStatus({ kind: 'error', message: errorText(error) });
    }
  }

  return (
    <form class="section-editor" onSubmit={save} aria-labelledby="section-heading">
      <h3 id="section-heading">{section.title}</h3>
      {section.prompts.length > 0 && (
        <ul class="prompts">
          {section.prompts.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
      )}
      <fieldset disabled={finished}>
        <legend class="visually-hidden">Result for {section.title}</legend>
        <GradeSelect
          id="section-grade"
          label="Section grade"
          scale={sectionScale(template, section)}
          value={grade}
          onChange={setGrade}
        />
        {section.compliance && (
          <ComplianceAnswer
            question={section.compliance.question}
            value={compliance}
            onChange={setCompliance}
          />
        )}
        <div class="field">
          <label for="section-justification">Justification</label>
          <textarea
            id="section-justification"
            rows={3}
            value={justification}
            onInput={(event) => setJustification(event.currentTarget.value)}
          />
        </div>
        <label class="choice">
          <input
            type="checkbox"
            checked={complete}
            onChange={(event) => setComplete(event.currentTarget.checked)}
          />{' '}
          Section complete
        </label>
        <button type="submit">Save section</button>
      </fieldset>
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind}>
          {status.message}
        </p>
      )}
    </form>
  );
}
