/**
 * Audit templates: the built-ins plus those a QA lead imported. Imports are validated completely before
 * anything is written; a built-in cannot be replaced by an import with the same id and version.
 */
import { BUILTIN_TEMPLATES } from '../audit/builtin-templates';
import { TemplateSchema, type Template } from '../model/template';
import { templateKey, type AppDB } from './db';

export { allTemplates, findTemplate, latestTemplates } from './template-reads';

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
