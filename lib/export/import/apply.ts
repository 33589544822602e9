/**
 * Applies one parsed file to the database in ONE read-write transaction: all of the file or none of it.
 * Records merge by the rule in merge-rule.ts, losing versions go to `recordHistory`, new templates are
 * stored by `id@version`, counter rows take the higher of each count (one row per device and day),
 * and the file's hash goes to `importedFiles`, so a second import of the same file is recognised first and writes nothing (and its
 * counters are never added twice).
 */
import type { AppDB } from '../../storage/db';
import { sameContent } from './canonical';
import type { HistoryEntry } from '../../storage/history';
import type { Reply } from '../../model/reply';
import type { IncomingBundle } from './incoming-schema';
import { emptyImportPlan, planImport, type ImportPlan, type Loser } from './plan';
import { bundleHash, IMPORT_TABLES } from './preview';

/** What applying a file did. `already-imported`: nothing was written. */
export type ImportResult = Pick<ImportPlan, 'tables' | 'templates' | 'frictionCounters' | 'conflicts'> & {
  status: 'imported' | 'already-imported';
  fileName: string;
  fileHash: string;
  /** Versions newly written to the records' history. */
  historyWritten: number;
};

/** Losing versions not already in the history of their record (importing them twice keeps one copy). */
async function newHistory(db: AppDB, losers: Loser[], source: string, at: string): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = [];
  for (const loser of losers) {
    const kept = await db.recordHistory.where('recordId').equals(loser.recordId).toArray();
    const known = [...kept, ...entries].some(
      (entry) => entry.table === loser.table && sameContent(entry.version, loser.version),
    );
    if (!known) entries.push({ ...loser, id: crypto.randomUUID(), at, source });
  }
  return entries;
}

/** A reply's kept version names its observation, so the observation's trail lists it. */
function withParent(entry: HistoryEntry): HistoryEntry {
  return entry.table === 'replies' ? { ...entry, parentId: (entry.version as Reply).observationId } : entry;
}

/**
 * Imports a parsed bundle read from `fileName` (`knownHash`: its `bundleHash`, when already worked out
 * for the preview). Guarantees: either every change of the file is written
 * or (on any error, which is rethrown) none is; no stored version is lost (losers go to history); a file
 * already applied is reported as `already-imported` without writing.
 */
export async function applyImport(
  db: AppDB,
  bundle: IncomingBundle,
  fileName: string,
  now = new Date(),
  knownHash?: string,
): Promise<ImportResult> {
  // The preview already hashed this very bundle: hashing a large file again costs as much as parsing it.
  const fileHash = knownHash ?? (await bundleHash(bundle));
  const at = now.toISOString();
  return db.transaction('rw', [...IMPORT_TABLES], async () => {
    const already = (await db.importedFiles.get(fileHash)) !== undefined;
    const plan = already ? emptyImportPlan() : await planImport(db, bundle);
    const summary = {
      tables: plan.tables,
      templates: plan.templates,
      frictionCounters: plan.frictionCounters,
      conflicts: plan.conflicts,
      fileName,
      fileHash,
    };
    if (already) {
      return { ...summary, status: 'already-imported', historyWritten: 0 };
    }
    const history = await newHistory(db, plan.losers, fileName, at);
    for (const table of [
      'audits',
      'observations',
      'replies',
      'notes',
      'frictionFlags',
      'conversations',
    ] as const) {
      const puts = plan.puts.filter((put) => put.table === table);
      // New records are added, not put: nothing is replaced, so the counts and the change log need not
      // read what was there before (for a file of new records, most of a put's cost).
      const added = puts.filter((put) => put.isNew).map((put) => put.record);
      const replaced = puts.filter((put) => !put.isNew).map((put) => put.record);
      if (added.length) await db.table(table).bulkAdd(added);
      if (replaced.length) await db.table(table).bulkPut(replaced);
    }
    if (history.length) await db.recordHistory.bulkAdd(history.map(withParent));
    const templates = plan.templatePuts.map((template) => ({
      key: `${template.id}@${template.version}`,
      template,
      importedAt: at,
    }));
    if (templates.length) await db.templates.bulkAdd(templates);
    if (plan.counterPuts.length) await db.frictionCounters.bulkPut(plan.counterPuts);
    // Findings: a new one is added; a stored one is replaced only by a later version of it.
    const findings = [];
    for (const finding of bundle.findings ?? []) {
      const stored = await db.findings.get(finding.id);
      if (!stored || finding.updatedAt > stored.updatedAt) findings.push(finding);
    }
    if (findings.length) await db.findings.bulkPut(findings);
    await db.importedFiles.add({
      hash: fileHash,
      fileName,
      exportedBy: bundle.exportedBy,
      exportedAt: bundle.exportedAt,
      importedAt: at,
    });
    return { ...summary, status: 'imported', historyWritten: history.length };
  });
}
