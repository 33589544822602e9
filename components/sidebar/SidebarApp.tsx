/**
 * The sidebar app, running in the extension's origin inside the page's Margin frame. Learns which tab
 * it sits in from the background, follows that tab's page context, and shows the notes of the screen.
 */
import { useEffect, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import { pageKey, type PageContext } from '@/lib/model/page-context';
import { watchTabContext } from '@/lib/background/tab-context';
import { DEFAULT_PREFS, loadPrefs, watchPrefs, type FramePrefs } from '@/lib/sidebar-frame/prefs';
import { NoteForm } from './NoteForm';
import { NoteList } from './NoteList';
import { PageContextCard } from './PageContextCard';
import { SidebarHeader } from './SidebarHeader';

export function SidebarApp() {
  const [context, setContext] = useState<PageContext | null>(null);
  const [prefs, setPrefs] = useState<FramePrefs>(DEFAULT_PREFS);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    request({ type: 'sidebar/hello' })
      .then(({ tabId, context: initial }) => {
        setContext(initial);
        if (tabId === null) setProblem('Margin could not tell which tab this sidebar belongs to.');
        else watchTabContext(tabId, setContext, controller.signal);
      })
      .catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
    void loadPrefs().then(setPrefs);
    watchPrefs(setPrefs, controller.signal);
    return () => controller.abort();
  }, []);

  return (
    <div class="sidebar">
      <SidebarHeader prefs={prefs} />
      <main>
        {problem && (
          <p role="alert" class="error">
            {problem}
          </p>
        )}
        <PageContextCard context={context} />
        <NoteForm context={context} />
        {context && <NoteList pageKey={pageKey(context)} />}
      </main>
    </div>
  );
}
