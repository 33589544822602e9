/**
 * Findings over a period, for audits outside any round or across rounds: choose the days (the address
 * keeps them, `findings.html?from=&to=`), then the findings builder over the audits finished (or, when
 * unfinished, started) in them, and a link to the findings report of the same period.
 */
import { useState } from 'preact/hooks';
import { DaySchema } from '@/lib/model/round';
import { today } from '../rounds/bits';
import { FindingsBuilder } from './FindingsBuilder';

function initialPeriod(): { from: string; to: string } {
  const params = new URLSearchParams(location.search);
  const to = params.get('to') ?? today();
  const start = new Date(`${to}T12:00:00Z`);
  start.setUTCMonth(start.getUTCMonth() - 3);
  return { from: params.get('from') ?? start.toISOString().slice(0, 10), to };
}

export function FindingsPage() {
  const [period, setPeriod] = useState(initialPeriod);
  const [draft, setDraft] = useState(period);
  const valid =
    DaySchema.safeParse(period.from).success &&
    DaySchema.safeParse(period.to).success &&
    period.from <= period.to;
  function apply(event: Event) {
    event.preventDefault();
    setPeriod(draft);
    history.replaceState(null, '', `?from=${draft.from}&to=${draft.to}`);
  }
  return (
    <div class="page">
      <header class="bar">
        <h1>Findings over a period</h1>
        <a class="bar-link" href="/dashboard.html">
          Back to the dashboard
        </a>
        {valid && (
          <a class="bar-link" href={`/round-report.html?from=${period.from}&to=${period.to}`}>
            Findings report
          </a>
        )}
      </header>
      <main>
        <form class="card row" aria-label="Period" onSubmit={apply}>
          <div class="field">
            <label for="period-from">From</label>
            <input
              id="period-from"
              type="date"
              value={draft.from}
              onInput={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="period-to">To</label>
            <input
              id="period-to"
              type="date"
              value={draft.to}
              onInput={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
            />
          </div>
          <button type="submit">Show this period</button>
        </form>
        {valid ? (
          <FindingsBuilder key={`${period.from}-${period.to}`} scope={period} />
        ) : (
          <p role="alert" class="error">
            Choose a period that ends on or after the day it starts.
          </p>
        )}
      </main>
    </div>
  );
}
