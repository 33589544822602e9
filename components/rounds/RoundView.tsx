/**
 * One round: its plan and status, a task list of its steps, and each step's section. The first paint
 * holds the plan, the steps and the progress; the other sections are filled in just after it.
 */
import { useMemo, useState } from 'preact/hooks';
import { getDb } from '@/lib/storage/db';
import { moveRound } from '@/lib/storage/rounds';
import { roundModerations } from '@/lib/storage/moderation';
import { useLiveQuery } from '../use-live-query';
import { roundProgress } from '@/lib/rounds/progress';
import { nextStatuses, type RoundStatus } from '@/lib/model/round';
import { errorText } from '../error-text';
import { useAfterPaint } from '../use-after-paint';
import { ErrorSummary, formatDay, RoundTag, SummaryList, Tag, today } from './bits';
import { RoundForm } from './RoundForm';
import { useRound, type RoundData } from './use-round';
import { CandidatesSection } from './CandidatesSection';
import { SampleSection } from './SampleSection';
import { AuditorsSection } from './AuditorsSection';
import { AssignmentsSection } from './AssignmentsSection';
import { PacksSection } from './PacksSection';
import { ProgressSection } from './ProgressSection';
import { ModerationSection } from '../moderation/ModerationSection';
import { FindingsBuilder } from '../findings/FindingsBuilder';

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
          <RoundForm round={round} onSaved={() => setEditing(false)} />
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
      {painted ? (
        <>
          <CandidatesSection data={data} />
          <SampleSection data={data} />
          <AuditorsSection data={data} />
          <AssignmentsSection data={data} />
          <PacksSection data={data} />
        </>
      ) : (
        ['candidates', 'sample', 'auditors', 'assignments', 'packs'].map((id) => <Later key={id} id={id} />)
      )}
      <ProgressSection data={data} progress={progress} />
      {painted ? <ModerationSection data={data} template={roundTemplate} /> : <Later id="moderation" />}
      {painted ? (
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
      ) : (
        <Later id="findings" />
      )}
    </>
  );
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
