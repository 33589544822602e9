/**
 * Importing several auditors' Margin JSON files at once: every file is validated in full first and
 * previewed (how many records are new, identical, changed or conflicting, and record by record what
 * will change, field by field); then each file imports in one transaction,
 * all or nothing. Refused files say which file, record and field, and write nothing.
 */
import { useState } from 'preact/hooks';
import { getDb } from '@/lib/storage/db';
import { parseImportFile, type ParsedFile } from '@/lib/export/import/parse-file';
import { previewImport, type ImportPreview } from '@/lib/export/import/preview';
import { importParsed, type FileOutcome, type ParsedImport } from '@/lib/export/import/import-many';
import { errorText } from '../error-text';
import { ImportChanges } from './ImportChanges';
import { verifyPack } from '@/lib/rounds/pack';
import type { RoundPack } from '@/lib/rounds/pack-schema';
import { packVerdict, savePack, type PackVerdict } from '@/lib/storage/round-packs';

const MAX_FILE_BYTES = 50 * 1024 * 1024;
type Row = {
  fileName: string;
  parsed: ParsedFile;
  preview?: ImportPreview;
  /** A round pack (not a Margin export): verified, with what importing it would do. */
  pack?: { pack: RoundPack; verdict: PackVerdict };
};

/** What became of a file: a Margin export's outcome, or a round pack stored. */
type Outcome = FileOutcome | { fileName: string; ok: true; pack: true };

const PACK_VERDICT_WORDS: Record<PackVerdict, string> = {
  new: 'new to this device',
  newer: 'replaces the older pack of this round on this device',
  same: 'already imported: nothing to do',
  older: 'this device holds a newer pack of this round: nothing to do',
};

function packSummary({ pack, verdict }: NonNullable<Row['pack']>): string {
  const due = pack.assignments.map((a) => a.dueOn).sort();
  const who = pack.forAuditor === null ? 'for all its auditors' : `for ${auditorName(pack)}`;
  return (
    `round pack "${pack.round.name}" ${who}: ${pack.assignments.length} assigned ` +
    `${pack.assignments.length === 1 ? 'case' : 'cases'}` +
    (due.length > 0
      ? `, due ${due[0]}${due.length > 1 && due.at(-1) !== due[0] ? ` to ${due.at(-1)}` : ''}`
      : '') +
    `; ${PACK_VERDICT_WORDS[verdict]}.`
  );
}

const auditorName = (pack: RoundPack) =>
  pack.auditors.find((a) => a.id === pack.forAuditor)?.name ?? pack.forAuditor ?? '';

/** Whether a file's text is meant as a round pack (its first bytes name the format). */
const looksLikePack = (text: string) => /"format"\s*:\s*"margin-round-pack"/.test(text.slice(0, 2000));

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
    parsed: { ok: false, errors },
  });
  if (file.size > MAX_FILE_BYTES) {
    return refused(
      `${file.name}: the file is ${Math.round(file.size / 1048576)} MB; Margin imports files of at most 50 MB. Export fewer records (for example a shorter period) and import the parts.`,
    );
  }
  try {
    const text = await file.text();
    if (looksLikePack(text)) {
      const verified = await verifyPack(text, { fileName: file.name });
      if (!verified.ok) return refused(verified.error);
      const verdict = await packVerdict(getDb(), verified.pack);
      return {
        fileName: file.name,
        parsed: { ok: false, errors: [] },
        pack: { pack: verified.pack, verdict },
      };
    }
    const parsed = parseImportFile(text, file.name);
    const preview = parsed.ok ? await previewImport(getDb(), parsed.bundle) : undefined;
    return { fileName: file.name, parsed, preview };
  } catch (error) {
    return refused(`${file.name} could not be read (${errorText(error)}); nothing of it will be written.`);
  }
}

export function ImportPanel() {
  const [rows, setRows] = useState<Row[]>([]);
  const [outcomes, setOutcomes] = useState<Outcome[] | null>(null);
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
      const packs: Outcome[] = [];
      for (const row of rows) {
        if (!row.pack || row.pack.verdict === 'same' || row.pack.verdict === 'older') continue;
        await savePack(getDb(), row.pack.pack);
        packs.push({ fileName: row.fileName, ok: true, pack: true });
      }
      // Applied from the bundles read and previewed when the files were chosen: parsed and hashed once.
      const exports = rows.flatMap(({ fileName, parsed, preview }): ParsedImport[] =>
        parsed.ok
          ? [
              {
                fileName,
                bundle: parsed.bundle,
                migratedFrom: parsed.migratedFrom,
                fileHash: preview?.fileHash,
              },
            ]
          : [],
      );
      setOutcomes([...packs, ...(exports.length > 0 ? await importParsed(getDb(), exports) : [])]);
      setRows([]);
    } catch (error) {
      setOutcomes([{ fileName: 'import', ok: false, errors: [errorText(error)] }]);
    } finally {
      setBusy(false);
    }
  }

  const importable = rows.filter(
    (row) =>
      (row.parsed.ok && !row.preview?.alreadyImported) ||
      (row.pack && (row.pack.verdict === 'new' || row.pack.verdict === 'newer')),
  ).length;
  return (
    <section class="card" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <div class="field">
        <label for="import-files">Import Margin JSON files</label>
        <p class="hint" id="import-hint">
          Exports from other auditors, or a round pack from your QA lead (your assigned cases).
        </p>
        <input
          id="import-files"
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby="import-hint"
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
              {row.pack && packSummary(row.pack)}
              {!row.parsed.ok && !row.pack && (
                <span role="alert" class="error">
                  refused, nothing will be written. {row.parsed.errors.join(' ')}
                </span>
              )}
              {row.preview && !row.preview.alreadyImported && (
                <ImportChanges fileName={row.fileName} changes={row.preview.changes} />
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
                {outcome.ok && 'pack' in outcome
                  ? 'round pack imported: your assigned cases are listed in the sidebar.'
                  : outcome.ok
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
