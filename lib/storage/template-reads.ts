/**
 * Reading templates: the built-ins, the organisation's (policy) and those a QA lead imported. Kept apart
 * from importing them (./templates, which validates with Zod) so a page's first paint can read them
 * without loading any schema; ./templates re-exports these.
 */
import { BUILTIN_TEMPLATES } from '../audit/builtin-templates';
import type { Template } from '../model/template';
import { templateKey, type AppDB } from './db';

/** Every template version available: built-ins, the organisation's (policy), then imports by name. */
export async function allTemplates(db: AppDB, organisation: readonly Template[] = []): Promise<Template[]> {
  const imported = (await db.templates.toArray()).map((stored) => stored.template);
  const sorted = imported.sort((a, b) => a.name.localeCompare(b.name) || a.version - b.version);
  return [...BUILTIN_TEMPLATES, ...organisation, ...sorted];
}

/** The latest version of each template, for choosing one when starting an audit. */
export async function latestTemplates(
  db: AppDB,
  organisation: readonly Template[] = [],
): Promise<Template[]> {
  const latest = new Map<string, Template>();
  for (const template of await allTemplates(db, organisation)) {
    const seen = latest.get(template.id);
    if (!seen || template.version > seen.version) latest.set(template.id, template);
  }
  return [...latest.values()];
}

/** One template version (built-in, organisation's or imported), or undefined. */
export async function findTemplate(
  db: AppDB,
  id: string,
  version: number,
  organisation: readonly Template[] = [],
): Promise<Template | undefined> {
  const known = [...BUILTIN_TEMPLATES, ...organisation].find((t) => t.id === id && t.version === version);
  return known ?? (await db.templates.get(templateKey({ id, version })))?.template;
}
