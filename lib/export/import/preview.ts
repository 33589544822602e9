/**
 * What importing a file would do, shown before it is done: per table the ids of records that are new,
 * identical, changed (a later edit), outdated (the device has a later edit) or conflicting, the
 * conflicts in words, and whether this very file was imported already. Reads only.
 */
import type { AppDB } from '../../storage/db';
import { canonicalJson, sha256Hex } from './canonical';
import type { IncomingBundle } from './incoming-schema';
import { emptyImportPlan, planImport, type ImportPlan } from './plan';

/** Every table an import reads or writes, for its transaction. */
export const IMPORT_TABLES = [
  'findings',
  'audits',
  'observations',
  'replies',
  'notes',
  'frictionFlags',
  'conversations',
  'templates',
  'frictionCounters',
  'recordHistory',
  'importedFiles',
] as const;

/** The preview of one file: the plan without the rows to write. */
export type ImportPreview = Pick<
  ImportPlan,
  'tables' | 'templates' | 'frictionCounters' | 'conflicts' | 'changes'
> & {
  /** SHA-256 of the file's canonical content: the file's identity. */
  fileHash: string;
  /** True when this file was applied before: applying it again writes nothing (and the plan is empty). */
  alreadyImported: boolean;
  exportedBy: string;
  exportedAt: string;
  /** How the file was exported (quotes redacted, people pseudonymised), to show beside the preview. */
  options: IncomingBundle['options'];
  /** How many versions would go to the records' history. */
  historyEntries: number;
};

/** The identity of a bundle: the same records, options and export stamp give the same hash. */
export function bundleHash(bundle: IncomingBundle): Promise<string> {
  return sha256Hex(canonicalJson(bundle));
}

/** Previews the import of a parsed bundle into `db`; writes nothing. */
export async function previewImport(db: AppDB, bundle: IncomingBundle): Promise<ImportPreview> {
  const fileHash = await bundleHash(bundle);
  return db.transaction('r', [...IMPORT_TABLES], async () => {
    const alreadyImported = (await db.importedFiles.get(fileHash)) !== undefined;
    const plan = alreadyImported ? emptyImportPlan() : await planImport(db, bundle);
    return {
      tables: plan.tables,
      templates: plan.templates,
      frictionCounters: plan.frictionCounters,
      conflicts: plan.conflicts,
      changes: plan.changes,
      fileHash,
      alreadyImported,
      exportedBy: bundle.exportedBy,
      exportedAt: bundle.exportedAt,
      options: bundle.options,
      historyEntries: plan.losers.length,
    };
  });
}
