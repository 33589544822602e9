/**
 * Settings → Data on this device: how long records are kept (the user's choice unless the organisation
 * locks it), what is past that period now, "Purge now", the last purge, and "Delete everything".
 */
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { request } from '@/lib/messaging/client';
import type { Responses } from '@/lib/messaging/protocol';
import { saveRetentionDays } from '@/lib/settings/retention';
import { totalOf } from '@/lib/storage/retention';
import { formatDateTime, plural } from '../format';
import { purgeWords } from './purge-words';

type Status = { text: string; alert?: boolean } | null;
const errorText = (error: unknown) =>
  error instanceof z.ZodError ? error.issues.map((i) => i.message).join(' ') : (error as Error).message;

export function DataPanel() {
  const [state, setState] = useState<Responses['data/retention'] | null>(null);
  const [days, setDays] = useState('');
  const [confirm, setConfirm] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [deleteStatus, setDeleteStatus] = useState<Status>(null);

  async function refresh() {
    const next = await request({ type: 'data/retention' });
    setState(next);
    setDays(String(next.retention.days));
  }
  useEffect(() => {
    void refresh().catch((error) => setStatus({ text: errorText(error), alert: true }));
  }, []);

  async function saveDays(event: Event) {
    event.preventDefault();
    try {
      const saved = await saveRetentionDays(days.trim() === '' ? NaN : Number(days));
      await refresh();
      setStatus({ text: `Records are now kept for ${plural(saved, 'day')}.` });
    } catch (error) {
      setStatus({ text: errorText(error), alert: true });
    }
  }

  async function purgeNow() {
    try {
      const { counts } = await request({ type: 'data/purge' });
      await refresh();
      setStatus({ text: `Purged: deleted ${purgeWords(counts)}.` });
    } catch (error) {
      setStatus({ text: errorText(error), alert: true });
    }
  }

  async function deleteEverything(event: Event) {
    event.preventDefault();
    if (confirm !== 'DELETE') {
      setDeleteStatus({ text: 'Type DELETE (in capitals) to confirm.', alert: true });
      return;
    }
    try {
      await request({ type: 'data/delete-everything', confirm: 'DELETE' });
      setConfirm('');
      await refresh();
      setDeleteStatus({ text: 'Everything Margin held on this device has been deleted.' });
    } catch (error) {
      setDeleteStatus({ text: errorText(error), alert: true });
    }
  }

  const locked = state?.retention.locked ?? false;
  const pastPeriod = state ? totalOf(state.purgeable) : 0;
  return (
    <section class="card" aria-labelledby="data-heading">
      <h2 id="data-heading">Data on this device</h2>
      <p class="muted">
        Margin keeps everything in this browser profile on this device and sends nothing anywhere. Records are
        deleted automatically once they have not changed for the period below (checked daily and when the
        browser starts).
      </p>
      <form onSubmit={saveDays} noValidate>
        <label for="retention-days">Keep records for (days)</label>
        <div class="row">
          <input
            id="retention-days"
            type="number"
            inputMode="numeric"
            min={1}
            max={3650}
            value={days}
            readOnly={locked}
            onInput={(event) => setDays(event.currentTarget.value)}
            aria-describedby="retention-note"
            style={{ maxWidth: '8em' }}
          />
          {!locked && <button type="submit">Save period</button>}
        </div>
        <p id="retention-note" class="muted">
          {locked ? '🔒 Set by your organisation. ' : ''}
          {state && `Records last changed before ${formatDateTime(state.cutoff)} are past the period.`}
        </p>
      </form>
      {state && (
        <div class="row">
          <p>
            Past the period now: <strong>{purgeWords(state.purgeable)}</strong>.
          </p>
          <button type="button" class="secondary" onClick={purgeNow} disabled={pastPeriod === 0}>
            Purge now
          </button>
        </div>
      )}
      {state?.lastPurge && (
        <p class="muted">
          Last purge {formatDateTime(state.lastPurge.at)} ({state.lastPurge.trigger}): deleted{' '}
          {purgeWords(state.lastPurge.counts)}.
        </p>
      )}
      {status && (
        <p role={status.alert ? 'alert' : 'status'} class={status.alert ? 'error' : 'saved'}>
          {status.text}
        </p>
      )}
      <form class="danger-zone" onSubmit={deleteEverything} aria-labelledby="delete-heading">
        <h3 id="delete-heading">Delete everything Margin holds on this device</h3>
        <p class="muted">
          Deletes every observation, audit, note, friction flag and count, imported template, edit history and
          setting of Margin in this browser profile. It cannot be undone: export first what you need. Settings
          your organisation made by policy stay.
        </p>
        <label for="delete-confirm">Type DELETE to confirm</label>
        <div class="row">
          <input
            id="delete-confirm"
            value={confirm}
            autoComplete="off"
            onInput={(event) => setConfirm(event.currentTarget.value)}
            style={{ maxWidth: '12em' }}
          />
          <button type="submit" class="danger">
            Delete everything
          </button>
        </div>
        {deleteStatus && (
          <p role={deleteStatus.alert ? 'alert' : 'status'} class={deleteStatus.alert ? 'error' : 'saved'}>
            {deleteStatus.text}
          </p>
        )}
      </form>
    </section>
  );
}
