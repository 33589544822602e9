/**
 * "My assigned cases": the cases of the round packs this auditor imported, with their round, due date
 * (overdue marked), how the audit is done (desk, or with the worker) and how far it has got. The case
 * on screen is marked. Nothing shows until a pack is imported.
 */
import { request } from '@/lib/messaging/client';
import type { AssignedCase } from '@/lib/rounds/my-cases';
import { caseKey } from '@/lib/model/round';
import { useBackgroundQuery } from '../use-background-query';

const STATUS_WORDS: Record<AssignedCase['status'], string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  finished: 'Finished',
};
const MODE_WORDS: Record<AssignedCase['mode'], string> = {
  desk: 'Desk audit',
  'with-worker': 'With the worker',
};

export function formatDay(day: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The auditor's assigned cases, re-read when packs or audits change. */
export function useAssignedCases() {
  return useBackgroundQuery(
    ['roundPacks', 'audits'],
    async () => (await request({ type: 'round/my-cases' })).cases,
    [],
  );
}

export function AssignedCases({ personId }: { personId: string | undefined }) {
  const cases = useAssignedCases();
  if (cases.status !== 'ready' || cases.value.length === 0) return null;
  const open = cases.value.filter((c) => c.status !== 'finished').length;
  return (
    <details class="card fold assigned" open={open > 0}>
      <summary>
        <h2 id="assigned-heading">
          My assigned cases <span class="count">({open} to do)</span>
        </h2>
      </summary>
      <ul class="plain assigned-cases" aria-labelledby="assigned-heading">
        {cases.value.map((assigned) => {
          const here = personId !== undefined && caseKey(assigned.caseId) === caseKey(personId);
          return (
            <li key={assigned.assignmentId} class={here ? 'here' : undefined}>
              <strong>{assigned.caseId}</strong>
              {here && <span class="tag">This screen</span>}{' '}
              <span class={`tag status-${assigned.status}`}>{STATUS_WORDS[assigned.status]}</span>
              {assigned.overdue && <span class="tag overdue">Overdue</span>}
              <p class="meta">
                {assigned.roundName} · due {formatDay(assigned.dueOn)} · {MODE_WORDS[assigned.mode]}
              </p>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
