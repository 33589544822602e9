/**
 * Reads the records an export contains from the database: the observations, notes and friction
 * evidence matching the filters, the audits they belong to (or that match the auditor and person),
 * and the template versions those audits use. Runs on extension pages (the dashboard), read-only.
 *
 * Dates use the `createdAt` (counters: `day`) indexes; audits by person use `caseRef.personId`; the
 * other filters have no index and are applied in memory.
 */
import type { Audit } from '../model/audit';
import type { Template } from '../model/template';
import type { AppDB } from '../storage/db';
import { findTemplate } from '../storage/templates';
import type { ExportData } from './bundle-schema';
import {
  auditMatches,
  counterMatches,
  dateRange,
  flagMatches,
  noteMatches,
  normaliseFilters,
  observationMatches,
  typeIncluded,
  type ExportFilters,
} from './filters';

async function collectAudits(db: AppDB, filters: ExportFilters, ids: Set<string>): Promise<Audit[]> {
  const direct = !typeIncluded('audits', filters)
    ? []
    : filters.personId !== undefined
      ? await db.audits.where('caseRef.personId').equals(filters.personId).toArray()
      : await db.audits.toArray();
  const chosen = new Map(direct.filter((a) => auditMatches(a, filters)).map((a) => [a.id, a]));
  const missing = [...ids].filter((id) => !chosen.has(id));
  for (const audit of await db.audits.bulkGet(missing)) if (audit) chosen.set(audit.id, audit);
  return [...chosen.values()].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

async function collectTemplates(db: AppDB, audits: Audit[], organisation: readonly Template[]) {
  const wanted = new Map(audits.map((a) => [`${a.templateId}@${a.templateVersion}`, a]));
  const found = await Promise.all(
    [...wanted.values()].map((a) => findTemplate(db, a.templateId, a.templateVersion, organisation)),
  );
  return found.filter((template): template is Template => template !== undefined);
}

/**
 * The records matching `filters` (empty strings count as unset), oldest first within each type.
 * Record types a set filter cannot apply to are left out (see filters.ts). Templates include the
 * built-in and `organisation` (policy) versions the audits use; a template no longer available is
 * left out. Throws a ZodError for a malformed filter (e.g. a date that is not YYYY-MM-DD).
 */
export async function collectExport(
  db: AppDB,
  raw: ExportFilters,
  organisation: readonly Template[] = [],
): Promise<ExportData> {
  const filters = normaliseFilters(raw);
  const tables = [db.observations, db.notes, db.frictionFlags, db.frictionCounters, db.audits, db.templates];
  // One read transaction: the export is a consistent snapshot even while the background writes.
  return db.transaction('r', tables, () => read(db, filters, organisation));
}

const byCreation = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Observations created between `from` and `to`, oldest first (ties by id, the `createdAt` index's
 * order). Without a date filter the whole store is read and sorted here: reading an IndexedDB store
 * in key order is about a third faster than through an index, and sorting costs a few milliseconds.
 */
async function readObservations(db: AppDB, filters: ExportFilters, from: string, to: string) {
  if (filters.dateFrom !== undefined || filters.dateTo !== undefined) {
    return db.observations.where('createdAt').between(from, to, true, true).toArray();
  }
  return (await db.observations.toArray()).sort(byCreation);
}

async function read(
  db: AppDB,
  filters: ExportFilters,
  organisation: readonly Template[],
): Promise<ExportData> {
  const [from, to] = dateRange(filters);
  const [dayFrom, dayTo] = dateRange(filters, 10);
  const observations = typeIncluded('observations', filters)
    ? (await readObservations(db, filters, from, to)).filter((o) => observationMatches(o, filters))
    : [];
  const notes = typeIncluded('notes', filters)
    ? (await db.notes.where('createdAt').between(from, to, true, true).toArray()).filter((n) =>
        noteMatches(n, filters),
      )
    : [];
  const frictionFlags = typeIncluded('frictionFlags', filters)
    ? (await db.frictionFlags.where('createdAt').between(from, to, true, true).toArray())
        .filter((f) => flagMatches(f, filters))
        .map(({ screenRef: _screenRef, ...flag }) => flag)
    : [];
  const frictionCounters = typeIncluded('frictionCounters', filters)
    ? (await db.frictionCounters.where('day').between(dayFrom, dayTo, true, true).toArray()).filter((c) =>
        counterMatches(c, filters),
      )
    : [];
  const auditIds = new Set(observations.flatMap((o) => (o.auditId ? [o.auditId] : [])));
  const audits = await collectAudits(db, filters, auditIds);
  const templates = await collectTemplates(db, audits, organisation);
  return { filters, audits, observations, notes, templates, frictionFlags, frictionCounters };
}
