/**
 * Importing many auditors' files at once: every file is read and validated first (a refused file is
 * reported and skipped, the others still import), then the valid ones are applied oldest export first,
 * each in its own transaction, so the result does not depend on the order the files were picked in.
 * A caller that already parsed and previewed the files (the dashboard's import panel) applies its
 * parsed bundles with `importParsed`, so a file is parsed, validated and hashed once, not twice.
 */
import type { AppDB } from '../../storage/db';
import { applyImport, type ImportResult } from './apply';
import type { IncomingBundle } from './incoming-schema';
import { DEFAULT_MAX_BYTES } from './json-text';
import { parseImportFile } from './parse-file';
import { isStorageFull, STORAGE_FULL_MESSAGE } from '../../storage/storage-full';

/** One picked file: its name and text. */
export interface ImportFile {
  fileName: string;
  text: string;
}

/** Per file, in the order applied: what it did, or why it was refused or failed (nothing of it written). */
export type FileOutcome =
  | { fileName: string; ok: true; result: ImportResult; migratedFrom?: 0 }
  | { fileName: string; ok: false; errors: string[] };

/** A file already read and validated by `parseImportFile` (and hashed by its preview, when shown). */
export interface ParsedImport {
  fileName: string;
  bundle: IncomingBundle;
  migratedFrom?: 0;
  /** The preview's `fileHash` of this bundle; worked out again when absent. */
  fileHash?: string;
}

/** Parses every file (each of at most `maxBytes`), then applies the valid ones by `exportedAt` (then file name). */
export async function importFiles(
  db: AppDB,
  files: ImportFile[],
  now = new Date(),
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<FileOutcome[]> {
  const refused: FileOutcome[] = [];
  const valid: ParsedImport[] = [];
  for (const file of files) {
    const parsed = parseImportFile(file.text, file.fileName, maxBytes, now.getTime());
    if (parsed.ok)
      valid.push({ fileName: file.fileName, bundle: parsed.bundle, migratedFrom: parsed.migratedFrom });
    else refused.push({ fileName: file.fileName, ok: false, errors: parsed.errors });
  }
  return [...refused, ...(await importParsed(db, valid, now))];
}

/**
 * Applies files already parsed (`parseImportFile`'s bundles, validated in full) by `exportedAt` (then
 * file name), each in its own transaction, all of it or none; the outcomes in the order applied.
 */
export async function importParsed(
  db: AppDB,
  files: readonly ParsedImport[],
  now = new Date(),
): Promise<FileOutcome[]> {
  const valid = [...files];
  valid.sort(
    (a, b) =>
      Date.parse(a.bundle.exportedAt) - Date.parse(b.bundle.exportedAt) ||
      a.fileName.localeCompare(b.fileName),
  );
  const applied: FileOutcome[] = [];
  for (const { fileName, bundle, migratedFrom, fileHash } of valid) {
    try {
      const result = await applyImport(db, bundle, fileName, now, fileHash);
      applied.push(
        migratedFrom === undefined
          ? { fileName, ok: true, result }
          : { fileName, ok: true, result, migratedFrom },
      );
    } catch (error) {
      const reason = isStorageFull(error)
        ? STORAGE_FULL_MESSAGE
        : error instanceof Error
          ? error.message
          : String(error);
      applied.push({
        fileName,
        ok: false,
        errors: [`${fileName} could not be imported (nothing of it was written): ${reason}`],
      });
    }
  }
  return applied;
}
