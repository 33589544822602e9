/**
 * Signing in to the council's CouchDB server for team sync: the user name and password go once to the
 * server's `_session` (a cookie session follows); the password is never stored, and the field is emptied
 * whatever the answer.
 */
import { useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import type { SyncOverview } from '@/lib/messaging/protocol';
import { errorText } from '../error-text';

export function SignInForm({ onOverview }: { onOverview(next: SyncOverview): void }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      onOverview(await request({ type: 'sync/sign-in', name, password }));
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setPassword('');
      setBusy(false);
    }
  };
  return (
    <form
      class="sync-sign-in"
      onSubmit={(event) => void submit(event)}
      aria-label="Sign in to the council server"
    >
      <label>
        User name
        <input
          name="sync-user"
          autocomplete="username"
          required
          maxLength={200}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </label>
      <label>
        Password
        <input
          name="sync-password"
          type="password"
          autocomplete="current-password"
          required
          maxLength={1000}
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
      {problem && (
        <p role="alert" class="error">
          {problem}
        </p>
      )}
    </form>
  );
}
