/**
 * Exporting what the filters show, as Margin JSON, W3C Web Annotation JSON-LD or CSV for Excel, with
 * quotes left out and people pseudonymised on request. Says what personal data the file contains.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ExportFilters } from '@/lib/export/filters';
import { normaliseFilters } from '@/lib/export/filters';
import { exportFile, type ExportFormat } from '@/lib/export/export-file';
import { getDb } from '@/lib/storage/db';
import { currentAuthor } from '@/lib/settings/settings';
import { loadPolicy } from '@/lib/settings/policy';
import { downloadBlob } from '../download';
import { errorText } from '../error-text';
import { PrivacyChoices } from '../PrivacyChoices';
import type { ExportOptions } from '@/lib/export/bundle-schema';
import { ChangeLogExport } from './ChangeLogExport';

const BUTTONS: [ExportFormat, string][] = [
  ['margin-json', 'Export JSON'],
  ['json-ld', 'Export JSON-LD'],
  ['csv', 'Export CSV'],
];

export function ExportPanel({ filters }: { filters: ExportFilters }) {
  const [privacy, setPrivacy] = useState<ExportOptions>({ redactQuotes: false, pseudonymise: false });
  const [status, setStatus] = useState<{ text: string; alert?: boolean } | null>(null);

  async function run(format: ExportFormat) {
    setStatus({ text: 'Preparing the export…' });
    try {
      const { blob, filename, counts, personalData } = await exportFile(getDb(), {
        format,
        filters: normaliseFilters(filters),
        options: privacy,
        exportedBy: await currentAuthor(),
        generatorVersion: browser.runtime.getManifest().version,
        organisation: (await loadPolicy()).policy.templates ?? [],
      });
      downloadBlob(filename, blob);
      setStatus({
        text: `Saved ${filename}: ${counts.observations} observations. ${personalData.summary}`,
      });
    } catch (error) {
      setStatus({ text: `Margin could not export: ${errorText(error)}`, alert: true });
    }
  }

  return (
    <section class="card" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <p class="muted">
        Exports what the filters above show. The file is saved on this device; nothing is sent anywhere.
      </p>
      <PrivacyChoices value={privacy} onChange={setPrivacy} conversations="(Margin JSON only)" />
      <div class="row">
        {BUTTONS.map(([format, label]) => (
          <button key={format} type="button" onClick={() => void run(format)}>
            {label}
          </button>
        ))}
      </div>
      {status && (
        <p role={status.alert ? 'alert' : 'status'} class={status.alert ? 'error' : undefined}>
          {status.text}
        </p>
      )}
      <ChangeLogExport />
    </section>
  );
}
