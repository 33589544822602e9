/**
 * The QA lead's audit rounds page: the list of rounds, planning a new one, and one round's steps. A
 * round's view is in the page's own code; the other views (./rounds-views) load when shown.
 */
import { lazy, Suspense } from 'preact/compat';
import { useEffect, useState } from 'preact/hooks';
import { RoundView } from './RoundView';

const views = () => import('./rounds-views');
const RoundsList = lazy(() => views().then((m) => ({ default: m.RoundsList })));
const RoundForm = lazy(() => views().then((m) => ({ default: m.RoundForm })));
const ModeratorApp = lazy(() => views().then((m) => ({ default: m.ModeratorApp })));
const MyOutcomes = lazy(() => views().then((m) => ({ default: m.MyOutcomes })));

/** Where the page is: the list, a new round, or one round (kept in the address, so reloading stays). */
export function readHash():
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
        <Suspense fallback={<p class="muted">Loading…</p>}>
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
        </Suspense>
      </main>
    </div>
  );
}
