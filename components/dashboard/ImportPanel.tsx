/**
 * Importing several auditors' Margin JSON files at once: every file is validated in full first and
 * previewed (new, identical, changed, conflicting records); then each file imports in one transaction,
 * all or nothing. Refused files say which file, record and field, and write nothing.
 */
import { useState } from 'preact/hooks';
import { getDb } from '@/lib/storage/db';
import { parseImportFile, type ParsedFile } from '@/lib/export/import/parse-file';
import { previewImport, type ImportPreview } from '@/lib/export/import/preview';
import { importFiles, type FileOutcome } from '@/lib/export/import/import-many';
import { errorText } from '../error-text';

const MAX_FILE_BYTES = 50 * 1024 * 1024;
type Row = { fileName: string; text: string; parsed: ParsedFile; preview?: ImportPreview };

function counts(preview: ImportPreview): string {
  const sum = (kind: 'new' | 'identical' | 'changed' | 'conflicting') =>
    Object.values(preview.tables).reduce((total, plan) => total + (plan[kind]?.length ?? 0), 0);
  const all = `${sum('new')} new, ${sum('identical')} identical, ${sum('changed')} changed, ${sum('conflicting')} conflicting`;
  const replies = preview.tables.replies;
  const inFile = Object.values(replies).reduce((total, ids) => total + ids.length, 0);
  if (inFile === 0) return all;
  return `${all}; of these, replies: ${replies.new.length} new, ${replies.identical.length} identical, ${replies.changed.length} changed, ${replies.conflicting.length} conflicting`;
}

/**
 * Reads, validates and previews one picked file. Whatever goes wrong on the way (reading, parsing,
 * validating, previewing) becomes the file's refusal, in words: no file is ever silently left out.
 */
async function readRow(file: File): Promise<Row> {
  const refused = (...errors: string[]): Row => ({
    fileName: file.name,
    text: '',
    parsed: { ok: false, errors },
  });
  if (file.size > MAX_FILE_BYTES) {
    return refused(
      `${file.name}: the file is ${Math.round(file.size / 1048576)} MB; Margin imports files of at most 50 MB. Export fewer records (for example a shorter period) and import the parts.`,
    );
  }
  try {
    const text = await file.text();
    const parsed = parseImportFile(text, file.name);
    const preview = parsed.ok ? await previewImport(getDb(), parsed.bundle) : undefined;
    return { fileName: file.name, text, parsed, preview };
  } catch (error) {
    return refused(`${file.name} could not be read (${errorText(error)}); nothing of it will be written.`);
  }
}

export function ImportPanel() {
  const [rows, setRows] = useState<Row[]>([]);
  const [outcomes, setOutcomes] = useState<FileOutcome[] | null>(null);
  const [busy, setBusy] = useState(false);

  async function choose(files: FileList | null) {
    setOutcomes(null);
    const next: Row[] = [];
    for (const file of Array.from(files ?? [])) next.push(await readRow(file));
    setRows(next);
  }

  async function apply() {
    setBusy(true);
    try {
      setOutcomes(
        await importFiles(
          getDb(),
          rows.filter((row) => row.parsed.ok).map(({ fileName, text }) => ({ fileName, text })),
        ),
      );
      setRows([]);
    } catch (error) {
      setOutcomes([{ fileName: 'import', ok: false, errors: [errorText(error)] }]);
    } finally {
      setBusy(false);
    }
  }

  const importable = rows.filter((row) => row.parsed.ok && !row.preview?.alreadyImported).length;
  return (
    <section class="card" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <div class="field">
        <label for="import-files">Import Margin JSON files</label>
        <input
          id="import-files"
          type="file"
          multiple
          accept=".json,application/json"
          onChange={(event) => {
            const input = event.currentTarget;
            // Cleared once read, so choosing the same file again (e.g. to check it is already imported) works.
            void choose(input.files).then(() => (input.value = ''));
          }}
        />
      </div>
      {rows.length > 0 && (
        <ul class="plain" aria-label="Files to import">
          {rows.map((row) => (
            <li key={row.fileName}>
              <strong>{row.fileName}</strong>:{' '}
              {row.parsed.ok &&
                row.preview &&
                (row.preview.alreadyImported
                  ? 'already imported: nothing to do.'
                  : `${counts(row.preview)}.`)}
              {!row.parsed.ok && (
                <span role="alert" class="error">
                  refused, nothing will be written. {row.parsed.errors.join(' ')}
                </span>
              )}
              {row.preview?.conflicts.map((conflict) => (
                <p class="meta" key={`${conflict.table}${conflict.id}`}>
                  {conflict.message}
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
      {importable > 0 && (
        <p class="row">
          <button type="button" onClick={() => void apply()} disabled={busy} aria-describedby="import-ready">
            Import
          </button>
          <span id="import-ready">
            {importable} {importable === 1 ? 'file' : 'files'} ready; each imports whole or not at all.
          </span>
        </p>
      )}
      {outcomes && (
        <div role="status">
          <ul class="plain" aria-label="Import results">
            {outcomes.map((outcome) => (
              <li key={outcome.fileName}>
                {outcome.fileName}:{' '}
                {outcome.ok
                  ? outcome.result.status === 'already-imported'
                    ? 'already imported, nothing changed.'
                    : 'imported.'
                  : `refused: ${outcome.errors.join(' ')}`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
