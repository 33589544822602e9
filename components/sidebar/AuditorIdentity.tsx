/**
 * Who is recording: every observation, audit, flag and reply carries the name shown here (a reply
 * also the role, if the person gives one). Asked once, on first use (until a name is saved the
 * sidebar leads with the question); shown afterwards with a way to change it. When the organisation's policy sets the name, it is shown as set by them and cannot
 * be changed here.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadSettings, saveSettings, type Settings } from '@/lib/settings/settings';
import { AUTHOR_ROLE_LABELS, type AuthorRole } from '@/lib/model/reply';
import { RoleSelect } from '../RoleSelect';
import { usePolicy } from '../use-policy';
import { errorText } from '../error-text';

export function AuditorIdentity() {
  const policy = usePolicy();
  const [stored, setStored] = useState<Settings | null>(null);
  const saved = stored?.author ?? null;
  const [draft, setDraft] = useState('');
  const [role, setRole] = useState<AuthorRole | ''>('');
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const read = () => void loadSettings().then(setStored);
    read();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'settings' in changes) read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  if (!policy || saved === null) return null;
  const locked = policy.policy.auditorName;
  if (locked)
    return (
      <p class="identity">
        Recording as <strong>{locked}</strong> <span class="muted">(set by your organisation)</span>
      </p>
    );

  async function save(event: Event) {
    event.preventDefault();
    if (draft.trim() === '') return setError('Enter your name: it goes on everything you record.');
    try {
      const next: Settings = role ? { author: draft.trim(), role } : { author: draft.trim() };
      await saveSettings(next);
      setStored(next);
      setEditing(false);
      setError(null);
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  if (saved !== '' && !editing)
    return (
      <p class="identity">
        Recording as <strong>{saved}</strong>
        {stored?.role && ` (${AUTHOR_ROLE_LABELS[stored.role]})`}{' '}
        <button
          type="button"
          class="link"
          onClick={() => {
            setDraft(saved);
            setRole(stored?.role ?? '');
            setEditing(true);
          }}
        >
          Change<span class="visually-hidden"> your name</span>
        </button>
      </p>
    );

  return (
    <form class="card identity-form" onSubmit={save} aria-labelledby="identity-heading">
      <h2 id="identity-heading">{saved === '' ? 'Before you start: your name' : 'Change your name'}</h2>
      <label for="identity-name">Your name</label>
      <p id="identity-hint" class="muted">
        It goes on every observation, audit and flag you record, so a QA lead can tell auditors apart.
      </p>
      <input
        id="identity-name"
        value={draft}
        autoComplete="name"
        aria-describedby={error ? 'identity-hint identity-error' : 'identity-hint'}
        aria-invalid={error !== null}
        onInput={(event) => setDraft(event.currentTarget.value)}
      />
      {error && (
        <p id="identity-error" role="alert" class="error">
          {error}
        </p>
      )}
      <RoleSelect
        id="identity-role"
        hint="Shown beside your name on replies, so others know who is answering."
        value={role}
        onChange={setRole}
      />
      <div class="row">
        <button type="submit">Save name</button>
        {saved !== '' && (
          <button type="button" class="secondary" onClick={() => setEditing(false)}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
