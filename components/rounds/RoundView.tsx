/**
 * One round: its plan and status, a task list of its steps, and each step's section. The first paint
 * holds the plan, the steps and the progress, and loads no more code than they need (no Zod schema);
 * the other sections (./round-later, its own chunk) are loaded and filled in just after it.
 */
import type { ComponentChildren } from 'preact';
import { lazy, Suspense } from 'preact/compat';
import { useMemo, useState } from 'preact/hooks';
import { getDb } from '@/lib/storage/db';
import { roundModerations } from '@/lib/storage/round-reads';
import { useLiveQuery } from '../use-live-query';
import { roundProgress } from '@/lib/rounds/progress';
import { nextStatuses, type RoundStatus } from '@/lib/model/round-basics';
import { errorText } from '../error-text';
import { useAfterPaint } from '../use-after-paint';
import { ErrorSummary, formatDay, RoundTag, SummaryList, Tag, today } from './bits';
import { useRound, type RoundData } from './use-round';
import { ProgressSection } from './ProgressSection';

const later = () => import('./round-later');
const CandidatesSection = lazy(() => later().then((m) => ({ default: m.CandidatesSection })));
const SampleSection = lazy(() => later().then((m) => ({ default: m.SampleSection })));
const AuditorsSection = lazy(() => later().then((m) => ({ default: m.AuditorsSection })));
const AssignmentsSection = lazy(() => later().then((m) => ({ default: m.AssignmentsSection })));
const PacksSection = lazy(() => later().then((m) => ({ default: m.PacksSection })));
const RoundForm = lazy(() => later().then((m) => ({ default: m.RoundForm })));
const ModerationSection = lazy(() => later().then((m) => ({ default: m.ModerationSection })));
const FindingsBuilder = lazy(() => later().then((m) => ({ default: m.FindingsBuilder })));

const MOVE_LABELS: Record<string, string> = {
  'planning>open': 'Open the round',
  'open>moderation': 'Move to moderation',
  'moderation>open': 'Back to open',
  'moderation>closed': 'Close the round',
};

export function RoundView({ id }: { id: string }) {
  const data = useRound(id);
  if (data.status === 'loading') return <p class="muted">Loading…</p>;
  if (data.status === 'error') {
    return (
      <p role="alert" class="error">
        Margin could not read the round: {data.message}
      </p>
    );
  }
  if (data.value === null) {
    return (
      <section class="card">
        <h2>That round no longer exists</h2>
        <a href="#">Back to all rounds</a>
      </section>
    );
  }
  return <Round data={data.value} />;
}

function Round({ data }: { data: RoundData }) {
  const { round, plan, auditors, assignments } = data;
  const [editing, setEditing] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const painted = useAfterPaint();
  const planning = round.status === 'planning';
  const drawn = plan.sample?.result.drawn.length ?? 0;
  const roundTemplate = data.template;
  const template = roundTemplate?.name;
  const progress = useMemo(
    () => roundProgress(assignments, data.audits, { today: today() }),
    [assignments, data.audits],
  );
  const total = progress.round;
  const moderated = useLiveQuery(() => roundModerations(getDb(), round.id), [round.id]);
  const sampled = moderated.status === 'ready' ? moderated.value : [];

  async function move(to: RoundStatus) {
    try {
      const { moveRound } = await import('@/lib/storage/rounds');
      const result = await moveRound(getDb(), round.id, to);
      setProblems(result.ok ? [] : result.problems);
    } catch (error) {
      setProblems([errorText(error)]);
    }
  }

  const step = (done: boolean, ready: boolean) =>
    done ? (
      <Tag colour="tag-green">Completed</Tag>
    ) : ready ? (
      <Tag colour="tag-blue">Not started</Tag>
    ) : (
      <Tag>Cannot start yet</Tag>
    );
  const steps: [string, string, preact.ComponentChildren][] = [
    ['plan', 'Plan the round', step(true, true)],
    ['candidates', 'Add the candidate cases', step(!!plan.list, true)],
    ['sample', 'Draw the sample', step(drawn > 0, !!plan.list)],
    ['auditors', 'Add the auditors', step(auditors.length > 0, true)],
    [
      'assignments',
      'Assign the cases',
      step(drawn > 0 && assignments.length === drawn, drawn > 0 && auditors.length > 0),
    ],
    [
      'packs',
      'Download the round packs',
      assignments.length > 0 ? <Tag colour="tag-blue">Ready</Tag> : step(false, false),
    ],
    [
      'progress',
      'Track progress',
      round.status === 'planning' ? (
        step(false, false)
      ) : (
        <Tag colour={total.percent === 100 ? 'tag-green' : 'tag-yellow'}>
          {total.finished + total.moderated} of {total.assigned} finished
        </Tag>
      ),
    ],
    [
      'moderation',
      'Moderation',
      sampled.length > 0 && !sampled.every((r) => r.agreed) ? (
        <Tag colour="tag-yellow">
          {sampled.filter((r) => r.agreed).length} of {sampled.length} agreed
        </Tag>
      ) : (
        step(
          sampled.length > 0,
          data.audits.some((a) => a.status === 'finished'),
        )
      ),
    ],
    [
      'findings',
      'Findings',
      data.audits.some((a) => a.status === 'finished') ? (
        <Tag colour="tag-blue">Ready</Tag>
      ) : (
        step(false, false)
      ),
    ],
  ];

  return (
    <>
      <section class="card" id="plan" aria-labelledby="round-heading">
        <p>
          <a href="#">Back to all rounds</a>
        </p>
        <h2 id="round-heading">{round.name}</h2>
        {editing ? (
          <Suspense fallback={<p class="muted">Loading…</p>}>
            <RoundForm round={round} onSaved={() => setEditing(false)} />
          </Suspense>
        ) : (
          <SummaryList
            rows={[
              ['Status', <RoundTag status={round.status} />],
              ['Theme', round.theme || '—'],
              ['Purpose', round.purpose || '—'],
              ['Template', template ?? round.templateId],
              ['Period', `${formatDay(round.opensOn)} to ${formatDay(round.closesOn)}`],
              ['Owner', round.owner],
            ]}
          />
        )}
        <ErrorSummary problems={problems} title="The round's status was not changed" />
        <div class="row">
          {planning && !editing && (
            <button type="button" class="secondary" onClick={() => setEditing(true)}>
              Change the plan
            </button>
          )}
          {nextStatuses(round.status).map((to) => (
            <button key={to} type="button" onClick={() => void move(to)}>
              {MOVE_LABELS[`${round.status}>${to}`]}
            </button>
          ))}
        </div>
      </section>
      <nav class="card" aria-labelledby="steps-heading">
        <h2 id="steps-heading">Steps of the round</h2>
        <ol class="task-list">
          {steps.map(([anchor, name, tag]) => (
            <li key={anchor}>
              <a href={`#round=${round.id}`} onClick={(e) => jump(e, anchor)}>
                {name}
              </a>
              {tag}
            </li>
          ))}
          <li>
            <a href={`/round-report.html?round=${encodeURIComponent(round.id)}`}>Round report</a>
            {assignments.length > 0 ? <Tag colour="tag-blue">Ready</Tag> : step(false, false)}
          </li>
        </ol>
      </nav>
      <AfterPaint painted={painted} ids={['candidates', 'sample', 'auditors', 'assignments', 'packs']}>
        <CandidatesSection data={data} />
        <SampleSection data={data} />
        <AuditorsSection data={data} />
        <AssignmentsSection data={data} />
        <PacksSection data={data} />
      </AfterPaint>
      <ProgressSection data={data} progress={progress} />
      <AfterPaint painted={painted} ids={['moderation', 'findings']}>
        <ModerationSection data={data} template={roundTemplate} />
        <section class="card" id="findings" aria-labelledby="findings-heading">
          <h2 id="findings-heading" tabIndex={-1}>
            Findings
          </h2>
          <p>
            What the round found, written as systemic findings for the board: the pattern, the evidence from
            the cases, how widespread, why it matters, questions for the board and actions. They lead the
            round report.
          </p>
          <FindingsBuilder scope={{ roundId: round.id }} />
        </section>
      </AfterPaint>
    </>
  );
}

/** Sections filled in after the first paint, once their code has loaded; their places until then. */
function AfterPaint({
  painted,
  ids,
  children,
}: {
  painted: boolean;
  ids: string[];
  children: ComponentChildren;
}) {
  const places = (
    <>
      {ids.map((id) => (
        <Later key={id} id={id} />
      ))}
    </>
  );
  return painted ? <Suspense fallback={places}>{children}</Suspense> : places;
}

/** A section's place until it is filled in, just after the first paint. */
function Later({ id }: { id: string }) {
  return (
    <section class="card" id={id} aria-busy="true">
      <p class="muted">Loading…</p>
    </section>
  );
}

/** Moves to a step's section without changing the address (which names the round). */
function jump(event: Event, anchor: string) {
  event.preventDefault();
  const target = document.getElementById(anchor);
  target?.scrollIntoView();
  target?.querySelector<HTMLElement>('h2')?.focus();
}
