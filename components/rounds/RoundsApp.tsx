/** The QA lead's audit rounds page: the list of rounds, planning a new one, and one round's steps. */
import { useEffect, useState } from 'preact/hooks';
import { RoundsList } from './RoundsList';
import { RoundForm } from './RoundForm';
import { RoundView } from './RoundView';
import { ModeratorApp } from '../moderation/ModeratorApp';
import { MyOutcomes } from '../moderation/MyOutcomes';

/** Where the page is: the list, a new round, or one round (kept in the address, so reloading stays). */
function readHash():
  { view: 'list' } | { view: 'new' } | { view: 'moderate' } | { view: 'round'; id: string } {
  const hash = location.hash.slice(1);
  if (hash === 'moderate') return { view: 'moderate' };
  if (hash === 'new') return { view: 'new' };
  if (hash.startsWith('round=')) return { view: 'round', id: hash.slice(6) };
  return { view: 'list' };
}

export function RoundsApp() {
  const [where, setWhere] = useState(readHash);
  useEffect(() => {
    const onHash = () => {
      setWhere(readHash());
      window.scrollTo(0, 0);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return (
    <div class="page rounds">
      <header class="bar">
        <h1>Margin audit rounds</h1>
        <a class="bar-link" href="/dashboard.html">
          Dashboard
        </a>
        <a class="bar-link" href="#moderate">
          Moderate audits
        </a>
      </header>
      <main>
        {where.view === 'list' && <RoundsList />}
        {where.view === 'new' && (
          <section class="card" aria-labelledby="new-round-heading">
            <h2 id="new-round-heading">Plan a new round</h2>
            <p>
              <a href="#">Back to all rounds</a>
            </p>
            <RoundForm onSaved={(round) => (location.hash = `round=${round.id}`)} />
          </section>
        )}
        {where.view === 'round' && <RoundView id={where.id} />}
        {where.view === 'moderate' && (
          <>
            <ModeratorApp />
            <MyOutcomes />
          </>
        )}
      </main>
    </div>
  );
}
