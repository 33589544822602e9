/**
 * The sidebar app, running in the extension's origin inside the page's Margin frame: the screen in
 * this tab, the active audit (or starting one), the screen's observations, and page notes.
 */
import { useEffect, useState } from 'preact/hooks';
import { pageKey } from '@/lib/model/page-context';
import { DEFAULT_PREFS, loadPrefs, watchPrefs, type FramePrefs } from '@/lib/sidebar-frame/prefs';
import { AuditPanel } from '../audit/AuditPanel';
import { AuditStart } from '../audit/AuditStart';
import { ObservationsPanel } from '../observations/ObservationsPanel';
import { FrictionPanel } from '../friction/FrictionPanel';
import { ConversationsPanel } from '../conversations/ConversationsPanel';
import type { Citation } from '../friction/cite';
import { NoteForm } from './NoteForm';
import { NoteList } from './NoteList';
import { PageContextCard } from './PageContextCard';
import { SidebarHeader } from './SidebarHeader';
import { AuditorIdentity } from './AuditorIdentity';
import { AssignedCases, useAssignedCases } from './AssignedCases';
import { caseOnScreen } from '@/lib/rounds/my-cases';
import { caseKey } from '@/lib/model/round';
import { useAudits, type AuditsView } from './use-audits';
import { useTab } from './use-tab';
import type { Hello } from './FrameGate';
import { SidebarSync } from '../sync/SidebarSync';

/** The sidebar of the frame Margin mounted; `hello`: its claim's answer (which tab, what it shows). */
/**
 * The audits as this screen sees them: a finished audit of another case is not carried on to this
 * case's screen (the auditor moves on to start the next one); an audit in progress follows them
 * everywhere until they close it.
 */
function onThisScreen(view: AuditsView, personId: string | undefined): AuditsView {
  const audit = view.active?.audit;
  if (!audit || audit.status !== 'finished' || !personId) return view;
  if (caseKey(audit.caseRef.personId) === caseKey(personId)) return view;
  return { ...view, active: null, activeId: null };
}

export function SidebarApp({ hello }: { hello: Hello }) {
  const tab = useTab(hello);
  const audits = onThisScreen(useAudits(), tab.context?.personId);
  const [prefs, setPrefs] = useState<FramePrefs>(DEFAULT_PREFS);
  const [sectionId, setSectionId] = useState<string | null>(null);
  const [citation, setCitation] = useState<Citation | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    void loadPrefs().then(setPrefs);
    watchPrefs(setPrefs, controller.signal);
    return () => controller.abort();
  }, []);
  useEffect(() => setSectionId(null), [audits.activeId]);

  const { context } = tab;
  const assignedCases = useAssignedCases();
  const assignedHere = caseOnScreen(
    assignedCases.status === 'ready' ? assignedCases.value : [],
    context?.personId,
  );
  return (
    <div class="sidebar">
      <SidebarHeader prefs={prefs} />
      <main>
        {tab.problem && (
          <p role="alert" class="error">
            {tab.problem}
          </p>
        )}
        <AuditorIdentity />
        <PageContextCard context={context} />
        {/* The task at hand first: the audit and its section, the screen's observations, then friction. */}
        {audits.active ? (
          <AuditPanel
            audit={audits.active.audit}
            template={audits.active.template}
            sectionId={sectionId}
            onSection={setSectionId}
          />
        ) : (
          !audits.loading && (
            <AuditStart
              context={context}
              view={audits}
              assigned={assignedHere?.status === 'not-started' ? assignedHere : null}
            />
          )
        )}
        {audits.error && (
          <p role="alert" class="error card">
            Margin could not read its audits: {audits.error}
          </p>
        )}
        <AssignedCases personId={context?.personId} />
        <ObservationsPanel
          tab={tab}
          audits={audits}
          citation={citation}
          onCitationUsed={() => setCitation(null)}
          sectionId={sectionId ?? audits.active?.template.sections[0]?.id ?? null}
        />
        {audits.active && (
          <ConversationsPanel auditId={audits.active.audit.id} template={audits.active.template} />
        )}
        <FrictionPanel tab={tab} onCite={setCitation} />
        <NoteForm context={context} />
        {context && <NoteList pageKey={pageKey(context)} />}
        <SidebarSync />
      </main>
    </div>
  );
}
