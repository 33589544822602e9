/** Starting an audit of the case on screen (or a typed case reference), and resuming earlier ones. */
import { useEffect, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import type { PageContext } from '@/lib/model/page-context';
import { setActiveAuditId } from '@/lib/audit/active-audit';
import type { AuditsView } from '../sidebar/use-audits';
import { formatDateTime } from '../format';
import { errorText } from '../error-text';
import type { AssignedCase } from '@/lib/rounds/my-cases';
import { formatDay } from '../sidebar/AssignedCases';

interface Props {
  context: PageContext | null;
  view: AuditsView;
  /** The round assignment of the case on screen, not yet started: the audit is started for it. */
  assigned: AssignedCase | null;
}

export function AuditStart({ context, view, assigned }: Props) {
  const [personId, setPersonId] = useState(context?.personId ?? '');
  const [templateId, setTemplateId] = useState('');
  useEffect(() => {
    if (assigned) setTemplateId(assigned.templateId);
  }, [assigned?.assignmentId]);
  const [error, setError] = useState<string | null>(null);
  const choices = latest(view);
  useEffect(() => {
    if (context?.personId && personId === '') setPersonId(context.personId);
  }, [context?.personId]);

  async function start(event: Event) {
    event.preventDefault();
    const template = choices.find((candidate) => candidate.id === (templateId || choices[0]?.id));
    if (!template) return setError('Choose a template.');
    // Started for the assignment when it is the assigned case, audited with the round's template.
    const forRound = assigned && assigned.templateId === template.id && personId === context?.personId;
    try {
      const { audit } = await request({
        type: 'audit/start',
        templateId: template.id,
        templateVersion: template.version,
        caseRef: { personId, ...(context?.system ? { system: context.system } : {}) },
        ...(forRound ? { assignmentId: assigned.assignmentId } : {}),
      });
      await setActiveAuditId(audit.id);
      setError(null);
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  const resumable = view.audits.slice(0, 8);
  return (
    <section class="card" aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit</h2>
      {assigned && (
        <p class="assigned-for">
          This case is assigned to you in <strong>{assigned.roundName}</strong>, due{' '}
          {formatDay(assigned.dueOn)}. Starting the audit here links it to the round.
        </p>
      )}
      <form onSubmit={start}>
        <div class="field">
          <label for="audit-person">Person or case ID</label>
          <input
            id="audit-person"
            value={personId}
            onInput={(event) => setPersonId(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="audit-template">Template</label>
          <select
            id="audit-template"
            value={templateId || choices[0]?.id}
            onChange={(event) => setTemplateId(event.currentTarget.value)}
          >
            {choices.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Start audit</button>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
      </form>
      {resumable.length > 0 && (
        <>
          <h3>Your audits</h3>
          <ul class="plain">
            {resumable.map((audit) => (
              <li key={audit.id} class="row">
                <span>
                  {audit.caseRef.personId} ·{' '}
                  {view.templates.find((t) => t.id === audit.templateId)?.name ?? audit.templateId} ·{' '}
                  {audit.status === 'finished' ? 'finished' : 'in progress'} ·{' '}
                  {formatDateTime(audit.updatedAt)}
                </span>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => void setActiveAuditId(audit.id)}
                  aria-label={`Open audit of ${audit.caseRef.personId} from ${formatDateTime(audit.startedAt)}`}
                >
                  Open
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function latest(view: AuditsView) {
  const byId = new Map<string, AuditsView['templates'][number]>();
  for (const template of view.templates) {
    const seen = byId.get(template.id);
    if (!seen || template.version > seen.version) byId.set(template.id, template);
  }
  return [...byId.values()];
}
