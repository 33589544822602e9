/** Margin's settings: the auditor's name and role, and how the sidebar sits on the page. */
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { loadSettings, saveSettings } from '@/lib/settings/settings';
import type { AuthorRole } from '@/lib/model/reply';
import { RoleSelect } from '../RoleSelect';
import { loadPrefs, updatePrefs, type LayoutMode } from '@/lib/sidebar-frame/prefs';
import { TemplatesPanel } from './TemplatesPanel';
import { SitesPanel } from './SitesPanel';
import { PolicyPanel } from './PolicyPanel';
import { AdapterEditor } from './AdapterEditor';
import { ThresholdsPanel } from './ThresholdsPanel';
import { DataPanel } from './DataPanel';
import { usePolicy } from '../use-policy';

export function OptionsApp() {
  const [author, setAuthor] = useState('');
  const [role, setRole] = useState<AuthorRole | ''>('');
  const [mode, setMode] = useState<LayoutMode>('push');
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; message: string } | null>(null);
  const policy = usePolicy();
  const lockedAuthor = policy?.policy.auditorName;

  useEffect(() => {
    void loadSettings().then((settings) => {
      setAuthor(settings.author);
      setRole(settings.role ?? '');
    });
    void loadPrefs().then((prefs) => setMode(prefs.mode));
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    try {
      // A name set by policy stays the stored one (it is not ours to change); the role is always the user's.
      await saveSettings(role ? { author, role } : { author });
      await updatePrefs({ mode });
      setStatus({ kind: 'saved', message: 'Settings saved.' });
    } catch (error) {
      const message =
        error instanceof z.ZodError ? error.issues.map((issue) => issue.message).join(' ') : String(error);
      setStatus({ kind: 'error', message });
    }
  }

  return (
    <div class="page">
      <header class="bar">
        <h1>Margin settings</h1>
      </header>
      <main>
        <form class="card" onSubmit={save}>
          <label for="author">Your name, as it appears on your notes</label>
          <input
            id="author"
            value={lockedAuthor ?? author}
            onInput={(event) => setAuthor(event.currentTarget.value)}
            maxLength={200}
            readOnly={lockedAuthor !== undefined}
            aria-describedby={lockedAuthor ? 'author-locked' : undefined}
          />
          {lockedAuthor && (
            <p id="author-locked" class="muted">
              🔒 Set by your organisation.
            </p>
          )}
          <RoleSelect
            id="author-role"
            hint="Shown beside your name on replies to observations."
            value={role}
            onChange={setRole}
          />
          <fieldset>
            <legend>When the sidebar is open</legend>
            <label class="choice">
              <input type="radio" name="mode" checked={mode === 'push'} onChange={() => setMode('push')} />{' '}
              Push the page aside
            </label>
            <label class="choice">
              <input
                type="radio"
                name="mode"
                checked={mode === 'overlay'}
                onChange={() => setMode('overlay')}
              />{' '}
              Overlay the page
            </label>
          </fieldset>
          <div class="row">
            <button type="submit">Save settings</button>
            {status && (
              <p role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind}>
                {status.message}
              </p>
            )}
          </div>
        </form>
        {policy && <PolicyPanel loaded={policy} />}
        {policy && <SitesPanel policy={policy.policy} />}
        <TemplatesPanel />
        <AdapterEditor />
        <ThresholdsPanel />
        <DataPanel />
      </main>
    </div>
  );
}
