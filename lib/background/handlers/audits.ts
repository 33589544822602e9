/** Handlers for audits and templates. */
import type { Handlers } from '../../messaging/router';
import { getDb } from '../../storage/db';
import { finishAudit, listAudits, reopenAudit, startAudit, updateSection } from '../../storage/audits';
import { allTemplates, findTemplate, importTemplate, latestTemplates } from '../../storage/templates';
import { loadSettings } from '../../settings/settings';

type AuditTypes =
  | 'audit/start'
  | 'audit/section'
  | 'audit/finish'
  | 'audit/reopen'
  | 'audit/list'
  | 'template/list'
  | 'template/import';

export const auditHandlers: Pick<Handlers, AuditTypes> = {
  async 'audit/start'({ templateId, templateVersion, caseRef }) {
    const template = await findTemplate(getDb(), templateId, templateVersion);
    if (!template) throw new Error(`There is no template "${templateId}" version ${templateVersion}.`);
    const { author } = await loadSettings();
    return { audit: await startAudit(getDb(), template, caseRef, author) };
  },
  async 'audit/section'({ auditId, sectionId, result }) {
    return { audit: await updateSection(getDb(), auditId, sectionId, result) };
  },
  async 'audit/finish'({ auditId, overallGrade, summary }) {
    return { audit: await finishAudit(getDb(), auditId, overallGrade, summary) };
  },
  async 'audit/reopen'({ auditId }) {
    return { audit: await reopenAudit(getDb(), auditId) };
  },
  async 'audit/list'() {
    return { audits: await listAudits(getDb()), templates: await allTemplates(getDb()) };
  },
  async 'template/list'() {
    return { templates: await latestTemplates(getDb()) };
  },
  async 'template/import'({ template }) {
    return { template: await importTemplate(getDb(), template) };
  },
};
