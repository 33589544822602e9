/**
 * Works out what importing a bundle would do, record by record, from the database as it is: the
 * verdict of the merge rule (merge-rule.ts) for every record, the versions that lose, and the rows to
 * write. The preview shows it; applying runs the same planning inside its write transaction, so what
 * is applied is what the preview showed for the same database.
 */
import { BUILTIN_TEMPLATES } from '../../audit/builtin-templates';
import { templateKey, type AppDB, type StoredTemplate } from '../../storage/db';
import type { CounterRow } from '../../model/friction';
import type { Reply } from '../../model/reply';
import type { Template } from '../../model/template';
import type { HistoryEntry, HistoryRecord, HistoryTable } from '../../storage/history';
import type { IncomingBundle } from './incoming-schema';
import { judge, judgeTemplate, type Verdict } from './merge-rule';
import { storedFlag } from './normalise';
import { storedByKey } from './read-stored';
import { recordChange, type RecordChange } from './record-changes';

/** The ids of one table's incoming records, by verdict. */
export type TablePlan = Record<Verdict, string[]>;

/** A conflict to show: which record, and that the stored version was kept. */
export interface ConflictReport {
  table: HistoryTable | 'templates';
  /** The record id (templates: `id@version`). */
  id: string;
  message: string;
}

/** A version that loses, before it gets its history id and time. */
export type Loser = Pick<HistoryEntry, 'table' | 'recordId' | 'version' | 'reason'>;

/** Everything an import of one bundle would change. */
export interface ImportPlan {
  tables: Record<HistoryTable, TablePlan>;
  /** Templates by `id@version`: new, identical or conflicting. */
  templates: TablePlan;
  /** Counter rows by key (device, day, screen, field): `new` rows are created, `changed` rows take the higher of each count. */
  frictionCounters: TablePlan;
  conflicts: ConflictReport[];
  /** Every record that is not identical, in words, with the fields that differ (the preview's list). */
  changes: RecordChange[];
  /** Rows to write; `isNew`: nothing is stored under its id (planned in the writing transaction). */
  puts: { table: HistoryTable; record: HistoryRecord; isNew: boolean }[];
  losers: Loser[];
  templatePuts: Template[];
  counterPuts: CounterRow[];
}

const emptyPlan = (): TablePlan => ({ new: [], identical: [], changed: [], outdated: [], conflicting: [] });
const LOSER = {
  changed: 'import-superseded',
  outdated: 'import-outdated',
  conflicting: 'import-conflict',
} as const;

async function planTable(
  db: AppDB,
  plan: ImportPlan,
  table: HistoryTable,
  records: HistoryRecord[],
): Promise<void> {
  const stored = await storedByKey(
    db.table<HistoryRecord, string>(table),
    records.map((record) => record.id),
  );
  records.forEach((incoming, index) => {
    const current = stored[index];
    const verdict = judge(incoming, current);
    plan.tables[table][verdict].push(incoming.id);
    if (verdict !== 'identical') plan.changes.push(recordChange(table, verdict, incoming, current));
    if (verdict === 'new' || verdict === 'changed')
      plan.puts.push({ table, record: incoming, isNew: verdict === 'new' });
    if (verdict === 'identical' || verdict === 'new') return;
    const loser = verdict === 'changed' ? current! : incoming;
    plan.losers.push({ table, recordId: incoming.id, version: loser, reason: LOSER[verdict] });
    if (verdict === 'conflicting') {
      plan.conflicts.push({
        table,
        id: incoming.id,
        message: `${table} ${incoming.id}: this device and the file hold different versions saved at the same time; this device's version was kept and the file's is in the record's history.`,
      });
    }
  });
}

async function planTemplates(db: AppDB, plan: ImportPlan, templates: Template[]): Promise<void> {
  const keys = templates.map(templateKey);
  const stored = await db.templates.bulkGet(keys);
  templates.forEach((template, index) => {
    const key = keys[index]!;
    const known =
      BUILTIN_TEMPLATES.find((builtin) => templateKey(builtin) === key) ??
      (stored[index] as StoredTemplate | undefined)?.template;
    const verdict = judgeTemplate(template, known);
    plan.templates[verdict].push(key);
    if (verdict === 'new') plan.templatePuts.push(template);
    if (verdict === 'conflicting') {
      plan.conflicts.push({
        table: 'templates',
        id: key,
        message: `Template ${key}: the file holds a different template under the same id and version; the one on this device was kept.`,
      });
    }
  });
}

async function planCounters(db: AppDB, plan: ImportPlan, rows: CounterRow[]): Promise<void> {
  const stored = await storedByKey(
    db.frictionCounters,
    rows.map((row) => row.key),
  );
  rows.forEach((row, index) => {
    const current = stored[index];
    plan.frictionCounters[current ? 'changed' : 'new'].push(row.key);
    if (!current) return void plan.counterPuts.push(row);
    // One device's row of a day: a later copy holds at least the earlier counts, so the higher of each
    // count is the row, however often and in whatever order the copies arrive.
    const counts = { ...current.counts };
    for (const [name, value] of Object.entries(row.counts)) counts[name] = Math.max(counts[name] ?? 0, value);
    // Identity fields (label, css, ...) already stored stay; those only the file knows are added.
    const known = Object.entries(current).filter(([, value]) => value !== undefined);
    plan.counterPuts.push({ ...row, ...Object.fromEntries(known), counts });
  });
}

/**
 * The file's replies, less those deleted on this device (their trail keeps a `deleted` entry): a
 * deletion is the later change, so they count as outdated and are neither written nor kept.
 */
async function notDeletedHere(db: AppDB, plan: ImportPlan, replies: Reply[]): Promise<Reply[]> {
  if (replies.length === 0) return replies;
  const trail = await db.recordHistory
    .where('recordId')
    .anyOf(replies.map((reply) => reply.id))
    .toArray();
  const deleted = new Set(trail.filter((entry) => entry.reason === 'deleted').map((entry) => entry.recordId));
  for (const reply of replies) if (deleted.has(reply.id)) plan.tables.replies.outdated.push(reply.id);
  return replies.filter((reply) => !deleted.has(reply.id));
}

/** A plan that changes nothing (a file already imported). */
export function emptyImportPlan(): ImportPlan {
  return {
    tables: {
      audits: emptyPlan(),
      observations: emptyPlan(),
      notes: emptyPlan(),
      frictionFlags: emptyPlan(),
      replies: emptyPlan(),
      conversations: emptyPlan(),
    },
    templates: emptyPlan(),
    frictionCounters: emptyPlan(),
    conflicts: [],
    changes: [],
    puts: [],
    losers: [],
    templatePuts: [],
    counterPuts: [],
  };
}

/** Plans the import of a (parsed, normalised) bundle against the database; reads only. */
export async function planImport(db: AppDB, bundle: IncomingBundle): Promise<ImportPlan> {
  const plan = emptyImportPlan();
  await planTable(db, plan, 'audits', bundle.audits);
  await planTable(db, plan, 'observations', bundle.observations);
  await planTable(db, plan, 'replies', await notDeletedHere(db, plan, bundle.replies ?? []));
  await planTable(db, plan, 'notes', bundle.notes);
  await planTable(db, plan, 'frictionFlags', bundle.frictionFlags.map(storedFlag));
  await planTable(db, plan, 'conversations', bundle.conversations ?? []);
  await planTemplates(db, plan, bundle.templates);
  await planCounters(db, plan, bundle.frictionCounters);
  return plan;
}
