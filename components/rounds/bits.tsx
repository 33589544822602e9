/** Small pieces of the rounds page: the error summary, a status tag, a summary list and today's date. */
import type { ComponentChildren } from 'preact';
import type { AssignmentStatus, RoundStatus } from '@/lib/model/round';

/** GOV.UK-style error summary: what is wrong, in a list, announced when it appears. */
export function ErrorSummary({
  problems,
  title = 'There is a problem',
}: {
  problems: readonly string[];
  title?: string;
}) {
  if (problems.length === 0) return null;
  return (
    <div class="error-summary" role="alert">
      <h3>{title}</h3>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}

const ROUND_TAGS: Record<RoundStatus, [string, string]> = {
  planning: ['Planning', 'tag-blue'],
  open: ['Open', 'tag-green'],
  moderation: ['In moderation', 'tag-purple'],
  closed: ['Closed', ''],
};
export const roundStatusLabel = (status: RoundStatus) => ROUND_TAGS[status][0];

export function RoundTag({ status }: { status: RoundStatus }) {
  const [label, colour] = ROUND_TAGS[status];
  return <strong class={`tag ${colour}`}>{label}</strong>;
}

const CASE_TAGS: Record<AssignmentStatus, [string, string]> = {
  'not-started': ['Not started', ''],
  'in-progress': ['In progress', 'tag-blue'],
  finished: ['Finished', 'tag-green'],
  moderated: ['Moderated', 'tag-purple'],
};
export function CaseTag({ status }: { status: AssignmentStatus }) {
  const [label, colour] = CASE_TAGS[status];
  return <strong class={`tag ${colour}`}>{label}</strong>;
}

export function Tag({ colour = '', children }: { colour?: string; children: ComponentChildren }) {
  return <strong class={`tag ${colour}`}>{children}</strong>;
}

/** A GOV.UK summary list: key and value rows. */
export function SummaryList({ rows }: { rows: readonly [string, ComponentChildren][] }) {
  return (
    <dl class="summary-list">
      {rows.map(([key, value]) => [<dt key={`${key}-k`}>{key}</dt>, <dd key={`${key}-v`}>{value}</dd>])}
    </dl>
  );
}

/** Today on this computer, as `YYYY-MM-DD` (rounds plan in days). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A day `YYYY-MM-DD` in words: 30 Sept 2026. */
export function formatDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(date.getTime())
    ? day
    : new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
