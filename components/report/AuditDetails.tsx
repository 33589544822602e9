/**
 * The round report's audit-by-audit part: each audit's overall grade and summary, and each section's
 * grade and justification, as the auditor wrote them; and the round's questions and evidence, which
 * the findings by factor (strengths and concerns) do not show.
 */
import type { Audit } from '@/lib/model/audit';
import type { Observation } from '@/lib/model/observation';
import { KIND_LABELS } from '@/lib/model/observation-kinds';
import { overallGradeLabel, sectionGradeLabel, type TemplateBook } from '@/lib/dashboard/labels';
import { useContext } from 'preact/hooks';
import { RepliesContext, ReportReplies } from './ReportReplies';

export function AuditNarratives({
  audits,
  sections,
  book,
}: {
  audits: Audit[];
  sections: { id: string; title: string }[];
  book: TemplateBook;
}) {
  if (audits.length === 0) return null;
  return (
    <section class="card" aria-labelledby="narratives-heading">
      <h2 id="narratives-heading">Audit by audit</h2>
      {audits.map((audit) => (
        <section key={audit.id} class="factor" aria-labelledby={`audit-${audit.id}`}>
          <h3 id={`audit-${audit.id}`}>
            {audit.caseRef.personId} · {audit.auditor || 'Unnamed auditor'}
            {audit.overallGrade ? ` · overall: ${overallGradeLabel(book, audit)}` : ''}
          </h3>
          <p class="note-text">{audit.summary?.trim() || 'No summary written yet.'}</p>
          <dl class="justifications">
            {sections
              .filter((section) => audit.sections[section.id])
              .map((section) => {
                const result = audit.sections[section.id]!;
                return (
                  <div key={section.id}>
                    <dt>
                      {section.title}
                      {result.grade ? ` · ${sectionGradeLabel(book, audit, section.id)}` : ''}
                    </dt>
                    <dd class="note-text">{result.justification?.trim() || '—'}</dd>
                  </div>
                );
              })}
          </dl>
        </section>
      ))}
    </section>
  );
}

export function QuestionsAndEvidence({ observations }: { observations: Observation[] }) {
  const replies = useContext(RepliesContext);
  if (observations.length === 0) return null;
  return (
    <section class="card" aria-labelledby="others-heading">
      <h2 id="others-heading">Questions and evidence ({observations.length})</h2>
      <ul>
        {observations.map((o) => (
          <li key={o.id}>
            <p class="note-text">
              <strong>{KIND_LABELS[o.kind]}:</strong> {o.comment}
            </p>
            <p class="meta">
              {o.target.page.personId ?? '—'} · {o.target.page.formName ?? o.target.page.path}
              {o.target.quote && <span class="quote"> · “{o.target.quote}”</span>}
            </p>
            <ReportReplies replies={replies.get(o.id)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
