/**
 * The change log for analysis (NDJSON, docs/analysis.md): every exchanged record's latest change after
 * a sequence number, for DuckDB or PostgreSQL. Starts where the last export ended; pseudonymised by
 * default; says what personal data the file holds.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { changeLogFileName, streamChangeLog } from '@/lib/export/change-log-export';
import { lastExportedSeq, rememberExportedSeq } from '@/lib/export/change-log-position';
import { getPseudonymKey } from '@/lib/export/pseudonym';
import { getDb } from '@/lib/storage/db';
import { currentAuthor } from '@/lib/settings/settings';
import type { ExportOptions } from '@/lib/export/bundle-schema';
import { downloadBlob } from '../download';
import { errorText } from '../error-text';
import { PrivacyChoices } from '../PrivacyChoices';

/** Worded apart from the export panel's own choices, so each label names one checkbox. */
const CHOICES = [
  'Change log without quoted record text',
  'Change log with pseudonyms for names and IDs',
] as const;

export function ChangeLogExport() {
  const [privacy, setPrivacy] = useState<ExportOptions>({ redactQuotes: false, pseudonymise: true });
  const [from, setFrom] = useState('0');
  const [status, setStatus] = useState<{ text: string; alert?: boolean } | null>(null);

  useEffect(() => {
    void lastExportedSeq().then((seq) => setFrom(String(seq)));
  }, []);

  async function run(event: Event) {
    event.preventDefault();
    const fromSeq = Number(from);
    if (!/^\d+$/.test(from.trim()) || !Number.isSafeInteger(fromSeq)) {
      setStatus({
        text: 'Enter the sequence number to start after: a whole number, 0 for everything.',
        alert: true,
      });
      return;
    }
    setStatus({ text: 'Preparing the change log…' });
    try {
      const { blob, manifest } = await streamChangeLog(getDb(), {
        fromSeq,
        options: privacy,
        exportedBy: await currentAuthor(),
        generatorVersion: browser.runtime.getManifest().version,
        exportedAt: new Date().toISOString(),
        key: privacy.pseudonymise ? await getPseudonymKey() : undefined,
      });
      const filename = changeLogFileName(manifest);
      downloadBlob(filename, blob);
      await rememberExportedSeq(manifest.toSeq);
      setFrom(String(manifest.toSeq));
      setStatus({
        text:
          manifest.lines === 0
            ? `Saved ${filename}: nothing changed after sequence ${fromSeq}. ${manifest.personalData}`
            : `Saved ${filename}: ${manifest.lines} changes, sequence ${fromSeq + 1} to ${manifest.toSeq}. ${manifest.personalData}`,
      });
    } catch (error) {
      setStatus({ text: `Margin could not export the change log: ${errorText(error)}`, alert: true });
    }
  }

  return (
    <form class="change-log" aria-labelledby="change-log-heading" onSubmit={(e) => void run(e)}>
      <h3 id="change-log-heading">Change log for analysis (NDJSON)</h3>
      <p class="muted">
        Every audit, observation, moderation, round and friction record at its latest change, deletions
        included, for DuckDB or PostgreSQL (see Margin's analysis guide). The filters above do not apply.
      </p>
      <label>
        From sequence{' '}
        <input
          type="text"
          inputMode="numeric"
          size={8}
          value={from}
          aria-describedby="change-log-from-hint"
          onInput={(e) => setFrom(e.currentTarget.value)}
        />
      </label>
      <p id="change-log-from-hint" class="muted">
        Only changes after this number; it starts where the last change log ended (0: everything).
      </p>
      <PrivacyChoices value={privacy} onChange={setPrivacy} labels={CHOICES} />
      <div class="row">
        <button type="submit">Export change log</button>
      </div>
      {status && (
        <p role={status.alert ? 'alert' : 'status'} class={status.alert ? 'error' : undefined}>
          {status.text}
        </p>
      )}
    </form>
  );
}
