/**
 * The board report's lead section: the findings of the round (or the period) in SCIE's shape, each with
 * its pattern, evidence counts, how widespread, why it matters, questions for the board and actions,
 * then the evidence it rests on. Pseudonymised with the rest of the report by default.
 */
import { useEffect, useState } from 'preact/hooks';
import { getDb } from '@/lib/storage/db';
import { learningData, periodFindings, scopeFindings } from '@/lib/storage/findings';
import { getPseudonymKey } from '@/lib/export/pseudonym';
import { boardFindingsWithPrivacy, type BoardFinding } from '@/lib/learning/board-findings';
import type { FindingScope } from '@/lib/model/finding';
import type { Template } from '@/lib/model/template';
import { useLiveQuery } from '../use-live-query';
import { errorText } from '../error-text';
import { plural } from '../format';
import { formatDay } from '../rounds/bits';
import { CountTable } from './CountTable';

export function BoardFindings(props: {
  scope: FindingScope;
  pseudonymise: boolean;
  templates: readonly Template[];
}) {
  const { scope, pseudonymise, templates } = props;
  const key = JSON.stringify(scope);
  const stored = useLiveQuery(async () => {
    const db = getDb();
    const findings =
      'roundId' in scope ? await scopeFindings(db, scope) : await periodFindings(db, scope.from, scope.to);
    const holders =
      'roundId' in scope
        ? (await db.roundCandidates.where('roundId').equals(scope.roundId).toArray()).map(
            (c) => c.candidate.caseHolder,
          )
        : [];
    return { findings, data: await learningData(db, scope), holders };
  }, [key]);
  const [shown, setShown] = useState<BoardFinding[] | string | null>(null);
  useEffect(() => {
    if (stored.status === 'error') return setShown(stored.message);
    if (stored.status !== 'ready') return;
    let current = true;
    const titles = new Map(templates.flatMap((t) => t.sections.map((s) => [s.id, s.title] as const)));
    void (async () => {
      try {
        const { findings, data, holders } = stored.value;
        const key = pseudonymise ? await getPseudonymKey() : undefined;
        const board = await boardFindingsWithPrivacy(
          findings,
          data,
          pseudonymise,
          key,
          (id) => titles.get(id) ?? id,
          holders,
        );
        if (current) setShown(board);
      } catch (error) {
        if (current) setShown(errorText(error));
      }
    })();
    return () => {
      current = false;
    };
  }, [stored, pseudonymise, templates]);
  return (
    <section class="card board-findings" aria-labelledby="board-findings-heading">
      <h2 id="board-findings-heading">Findings</h2>
      {shown === null && <p class="muted">Loading…</p>}
      {typeof shown === 'string' && (
        <p role="alert" class="error">
          Margin could not read the findings: {shown}
        </p>
      )}
      {Array.isArray(shown) && shown.length === 0 && <p>No finding has been written yet.</p>}
      {Array.isArray(shown) && shown.length > 0 && (
        <>
          <p>
            {plural(shown.length, 'finding')}, written as systemic patterns (SCIE Learning Together): never
            the blame of a person. Counts are computed from the evidence.
          </p>
          {shown.map((f, i) => (
            <FindingBlock key={f.id} finding={f} number={i + 1} />
          ))}
        </>
      )}
    </section>
  );
}

function FindingBlock({ finding: f, number }: { finding: BoardFinding; number: number }) {
  const c = f.counts;
  return (
    <article class="board-finding" aria-labelledby={`board-finding-${number}`}>
      <h3 id={`board-finding-${number}`}>
        Finding {number}: {f.statement}
      </h3>
      <dl class="summary-list">
        <dt>Underlying pattern</dt>
        <dd>{f.pattern}</dd>
        <dt>Evidence</dt>
        <dd>
          Seen in {plural(c.all.cases, 'case')}, {plural(c.all.audits, 'audit')}, by{' '}
          {plural(c.all.auditors, 'auditor')}, in {plural(c.all.teams, 'team')}; strengths in{' '}
          {plural(c.strengths.cases, 'case')}, concerns in {plural(c.concerns.cases, 'case')}.
        </dd>
        <dt>How widespread</dt>
        <dd>
          {f.widespread ?? 'Not judged yet'}
          {f.widespreadNote ? `: ${f.widespreadNote}` : ''}
        </dd>
        <dt>Why it matters</dt>
        <dd>{f.whyItMatters ?? 'Not written yet'}</dd>
        <dt>Status</dt>
        <dd>{f.status === 'agreed' ? 'Agreed' : 'Draft'}</dd>
      </dl>
      <h4>Questions for the board</h4>
      {f.questions.length === 0 ? (
        <p>None written.</p>
      ) : (
        <ol>
          {f.questions.map((q, i) => (
            <li key={i}>{q}</li>
          ))}
        </ol>
      )}
      <CountTable
        caption={`Actions for finding ${number}`}
        head={['Action', 'Owner', 'Due']}
        rows={f.actions.map((a) => [
          a.text,
          a.owner || 'Not recorded',
          a.dueOn ? formatDay(a.dueOn) : 'Not recorded',
        ])}
        empty="No action was recorded."
      />
      <h4>The evidence</h4>
      <ul class="quotes">
        {f.evidence.map((e, i) => (
          <li key={i}>
            {e.text && <blockquote>{e.text}</blockquote>}
            <p class="meta">{e.label}</p>
          </li>
        ))}
      </ul>
    </article>
  );
}
