/** Under each contributory factor, the strengths and concerns of the round with their evidence and replies. */
import { useContext } from 'preact/hooks';
import type { FactorFindings } from '@/lib/dashboard/round-report';
import type { Observation } from '@/lib/model/observation';
import { RepliesContext, ReportReplies } from './ReportReplies';

function Evidence({ observation }: { observation: Observation }) {
  const replies = useContext(RepliesContext).get(observation.id);
  const { page, quote } = observation.target;
  return (
    <li>
      <p class="note-text">{observation.comment}</p>
      <p class="meta">
        {page.personId ?? '—'} · {page.formName ?? page.path}
        {quote && <span class="quote"> · “{quote}”</span>}
      </p>
      <ReportReplies replies={replies} />
    </li>
  );
}

export function FindingsByFactor({
  factors,
  untagged,
}: {
  factors: FactorFindings[];
  untagged: Observation[];
}) {
  return (
    <section class="card" aria-labelledby="findings-heading">
      <h2 id="findings-heading">Findings by contributory factor</h2>
      {factors.map((factor) => (
        <section key={factor.id} aria-labelledby={`factor-${factor.id}`} class="factor">
          <h3 id={`factor-${factor.id}`}>{factor.label}</h3>
          {factor.strengths.length + factor.concerns.length === 0 && (
            <p class="muted">Nothing recorded in this round.</p>
          )}
          {factor.strengths.length > 0 && (
            <>
              <h4>Strengths ({factor.strengths.length})</h4>
              <ul>
                {factor.strengths.map((o) => (
                  <Evidence key={o.id} observation={o} />
                ))}
              </ul>
            </>
          )}
          {factor.concerns.length > 0 && (
            <>
              <h4>Concerns ({factor.concerns.length})</h4>
              <ul>
                {factor.concerns.map((o) => (
                  <Evidence key={o.id} observation={o} />
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      {untagged.length > 0 && (
        <section aria-labelledby="factor-untagged" class="factor">
          <h3 id="factor-untagged">Not yet tagged with a contributory factor ({untagged.length})</h3>
          <ul>
            {untagged.map((o) => (
              <Evidence key={o.id} observation={o} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
