/**
 * The QA lead's page: every note Margin holds on this device, with a count. The first paint reads only
 * the counts kept on write and one page of the table; everything else is read after it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { compactSummary, readSummary } from '@/lib/storage/observation-summary';
import { visibleObservations, type Sort } from '@/lib/dashboard/table-model';
import { ChartsPanel } from './ChartsPanel';
import { FormFriction } from './FormFriction';
import { AuditsTable, FlagsTable } from './AuditsAndFlags';
import { FocusChip } from './FocusChip';
import { focusFlags, focusObservations, type CaseFocus } from '@/lib/dashboard/divergence-chart';

const NEWEST_FIRST: Sort = { key: 'createdAt', descending: true };
import { getDb } from '@/lib/storage/db';
import type { ExportFilters } from '@/lib/export/filters';
import { ObservationsView } from './ObservationsView';
import { usePagedRows } from './use-paged-rows';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { TeamSyncPanel } from '../sync/TeamSyncPanel';
import { DashboardConversations } from '../conversations/DashboardConversations';
import { allNotes } from '@/lib/storage/notes';
import { formatDateTime, plural } from '../format';
import { useLiveQuery } from '../use-live-query';
import { useTemplateBook } from '../use-template-book';
import { observationLabeller } from '@/lib/dashboard/labels';

/** True from the frame after the one `ready` first became true in. */
function usePaintedAfter(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    const frame = requestAnimationFrame(() => setTimeout(() => setPainted(true), 0));
    return () => cancelAnimationFrame(frame);
  }, [ready, painted]);
  return painted;
}

let compacting: Promise<unknown> | undefined;

/**
 * Folds the counts kept on write (or rebuilds them): a write, so not inside a live query. The page's
 * entry starts it before rendering, so the first paint does not wait a frame for an effect to start it.
 */
export function startSummary(): Promise<unknown> {
  compacting ??= compactSummary(getDb()).catch(() => undefined); // a failure shows through the read
  return compacting;
}

/** True once the counts kept on write are folded (or rebuilt). */
function useSummaryRow(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void startSummary().finally(() => setReady(true));
  }, []);
  return ready;
}

export function DashboardApp() {
  const summary = useLiveQuery(() => readSummary(getDb()), [], useSummaryRow());
  const paged = usePagedRows(summary.status === 'ready' ? summary.value : undefined);
  const painted = usePaintedAfter(summary.status === 'error' || (summary.status === 'ready' && paged.ready));
  const notes = useLiveQuery(() => allNotes(getDb()), [], painted);
  const observations = useLiveQuery(
    () => getDb().observations.orderBy('createdAt').reverse().toArray(),
    [],
    painted,
  );
  const [filters, setFilters] = useState<ExportFilters>({});
  const [focus, setFocus] = useState<CaseFocus>();
  const audits = useLiveQuery(() => getDb().audits.toArray(), [], painted);
  const counters = useLiveQuery(() => getDb().frictionCounters.toArray(), [], painted);
  const flags = useLiveQuery(() => getDb().frictionFlags.toArray(), [], painted);
  const book = useTemplateBook();
  const auditList = useMemo(() => (audits.status === 'ready' ? audits.value : []), [audits]);
  const labels = useMemo(() => observationLabeller(book, auditList), [book, auditList]);
  const replyCounts = useLiveQuery(
    async () => {
      const counts = new Map<string, number>();
      await getDb().replies.each((reply) =>
        counts.set(reply.observationId, (counts.get(reply.observationId) ?? 0) + 1),
      );
      return counts;
    },
    [],
    painted,
  );
  const stored = observations.status === 'ready' ? observations.value : undefined;
  const all = useMemo(() => (stored && focus ? focusObservations(stored, focus) : stored), [stored, focus]);
  const focusedAudits = useMemo(
    () => (focus ? auditList.filter((a) => focus.auditIds.has(a.id)) : auditList),
    [auditList, focus],
  );
  const flagList = flags.status === 'ready' ? flags.value : [];
  const shown = useMemo(
    () => (all ? visibleObservations(all, filters, NEWEST_FIRST) : undefined),
    [all, filters],
  );
  return (
    <div class="page">
      <header class="bar">
        <h1>Margin dashboard</h1>
        <a class="bar-link" href="/rounds.html">
          Audit rounds
        </a>
        <a class="bar-link" href="/findings.html">
          Findings
        </a>
        <a class="bar-link" href="/report.html" target="_blank">
          Audit report
        </a>
      </header>
      <main>
        <FocusChip focus={focus} onRemove={() => setFocus(undefined)} />
        {summary.status === 'ready' && (
          <ObservationsView
            all={all}
            narrowed={focus !== undefined}
            total={summary.value.total}
            paged={paged}
            filters={filters}
            onFilters={setFilters}
            book={book}
            labels={labels}
            replyCounts={replyCounts.status === 'ready' ? replyCounts.value : new Map()}
          />
        )}
        {(summary.status === 'error' || observations.status === 'error') && (
          <p role="alert" class="error">
            Margin could not read its observations:{' '}
            {summary.status === 'error'
              ? summary.message
              : observations.status === 'error' && observations.message}
          </p>
        )}
        <ChartsPanel
          observations={shown}
          summary={summary.status === 'ready' ? summary.value : undefined}
          audits={focusedAudits}
          allAudits={auditList}
          onFocus={setFocus}
          focused={focus !== undefined}
          counters={counters.status === 'ready' ? counters.value : []}
          filters={filters}
          onFilters={setFilters}
          book={book}
          labels={labels}
        />
        <FormFriction />
        <AuditsTable audits={focusedAudits} filters={filters} book={book} />
        <FlagsTable flags={focus ? focusFlags(flagList, focus) : flagList} filters={filters} />
        <DashboardConversations audits={auditList} book={book} />
        <ExportPanel filters={filters} />
        <ImportPanel />
        <TeamSyncPanel />
        <section class="card" aria-labelledby="notes-heading">
          <h2 id="notes-heading">All notes</h2>
          {notes.status === 'loading' && <p class="muted">Loading…</p>}
          {notes.status === 'error' && (
            <p role="alert" class="error">
              Margin could not read its notes: {notes.message}
            </p>
          )}
          {notes.status === 'ready' && (
            <>
              <p role="status" class="summary">
                {plural(notes.value.length, 'note')}
              </p>
              <table aria-labelledby="notes-heading">
                <thead>
                  <tr>
                    <th scope="col">Written</th>
                    <th scope="col">Author</th>
                    <th scope="col">System</th>
                    <th scope="col">Person ID</th>
                    <th scope="col">Screen</th>
                    <th scope="col">Note</th>
                  </tr>
                </thead>
                <tbody>
                  {notes.value.map((note) => (
                    <tr key={note.id}>
                      <td>{formatDateTime(note.createdAt)}</td>
                      <td>{note.author || 'Unnamed auditor'}</td>
                      <td>{note.page.system ?? note.page.origin}</td>
                      <td>{note.page.personId ?? '—'}</td>
                      <td>{note.page.formName ?? note.page.path}</td>
                      <td class="note-text">{note.text}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>
      </main>
    </div>
  );
}
