/** The audits and friction flags on this device, filtered like the observations (person, auditor, dates, text). */
import type { Audit } from '@/lib/model/audit';
import type { FrictionFlag } from '@/lib/model/friction';
import { auditMatches, dateRange, flagMatches, type ExportFilters } from '@/lib/export/filters';
import { categoryLabel } from '@/lib/friction/categories';
import {
  auditStatusLabel,
  overallGradeLabel,
  sectionsComplete,
  severityLabel,
  templateName,
  type TemplateBook,
} from '@/lib/dashboard/labels';
import { formatDateTime, plural } from '../format';

export function AuditsTable({
  audits,
  filters,
  book,
}: {
  audits: Audit[];
  filters: ExportFilters;
  book: TemplateBook;
}) {
  const shown = audits
    .filter((audit) => auditMatches(audit, filters))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (
    <section class="card" aria-labelledby="audits-heading">
      <h2 id="audits-heading">Audits ({shown.length})</h2>
      {shown.length === 0 ? (
        <p class="muted">No audits match.</p>
      ) : (
        <table aria-labelledby="audits-heading">
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">Person</th>
              <th scope="col">Auditor</th>
              <th scope="col">Template</th>
              <th scope="col">Status</th>
              <th scope="col">Overall grade</th>
              <th scope="col">Sections complete</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((audit) => (
              <tr key={audit.id}>
                <td>{formatDateTime(audit.startedAt)}</td>
                <td>{audit.caseRef.personId}</td>
                <td>{audit.auditor || 'Unnamed'}</td>
                <td>{templateName(book, audit)}</td>
                <td>{auditStatusLabel(audit.status)}</td>
                <td>{overallGradeLabel(book, audit)}</td>
                <td>{sectionsComplete(book, audit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function FlagsTable({ flags, filters }: { flags: FrictionFlag[]; filters: ExportFilters }) {
  const [from, to] = dateRange(filters);
  const shown = flags
    .filter((flag) => flag.createdAt >= from && flag.createdAt <= to && flagMatches(flag, filters))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section class="card" aria-labelledby="flags-heading">
      <h2 id="flags-heading">Friction flags ({shown.length})</h2>
      {shown.length === 0 ? (
        <p class="muted">No friction flags match.</p>
      ) : (
        <table aria-labelledby="flags-heading">
          <thead>
            <tr>
              <th scope="col">Raised</th>
              <th scope="col">Category</th>
              <th scope="col">Severity</th>
              <th scope="col">Screen</th>
              <th scope="col">Where</th>
              <th scope="col">Time lost</th>
              <th scope="col">Comment</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, 500).map((flag) => (
              <tr key={flag.id}>
                <td>{formatDateTime(flag.createdAt)}</td>
                <td>{categoryLabel(flag.category)}</td>
                <td>{severityLabel(flag.severity)}</td>
                <td>{flag.target.page.formName ?? flag.target.page.path}</td>
                <td>{flag.target.quote ?? 'The screen'}</td>
                <td>{flag.minutesLost !== undefined ? plural(flag.minutesLost, 'minute') : '—'}</td>
                <td class="note-text">{flag.comment ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
