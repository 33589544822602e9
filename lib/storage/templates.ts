/**
 * Audit templates: the built-ins plus those a QA lead imported. Imports are validated completely before
 * anything is written; a built-in cannot be replaced by an import with the same id and version.
 */
import { BUILTIN_TEMPLATES } from '../audit/builtin-templates';
import { TemplateSchema, type Template } from '../model/template';
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

/**
 * Validates and stores an imported template. Throws a ZodError (naming the place and reason) for an
 * invalid file, and an Error when it would replace a built-in; writes nothing in either case.
 */
export async function importTemplate(db: AppDB, raw: unknown, now = new Date()): Promise<Template> {
  const template = TemplateSchema.parse(raw);
  if (BUILTIN_TEMPLATES.some((builtin) => builtin.id === template.id)) {
    throw new Error(`"${template.id}" is the id of a built-in template: give your template its own id.`);
  }
  await db.templates.put({ key: templateKey(template), template, importedAt: now.toISOString() });
  return template;
}
