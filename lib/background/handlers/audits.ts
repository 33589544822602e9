/** Handlers for audits and templates. */
import type { Handlers } from '../../messaging/router';
import { getDb } from '../../storage/db';
import { finishAudit, listAudits, reopenAudit, startAudit, updateSection } from '../../storage/audits';
import { allTemplates, findTemplate, importTemplate, latestTemplates } from '../../storage/templates';
import { currentAuthor } from '../../settings/settings';
import { loadPolicy } from '../../settings/policy';

const policyTemplates = async () => (await loadPolicy()).policy.templates ?? [];
/** The organisation's templates and who is making a change, for the audit's edit trail. */
const changeContext = async () => ({ organisation: await policyTemplates(), by: await currentAuthor() });

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
    const template = await findTemplate(getDb(), templateId, templateVersion, await policyTemplates());
    if (!template) throw new Error(`There is no template "${templateId}" version ${templateVersion}.`);
    const author = await currentAuthor();
    return { audit: await startAudit(getDb(), template, caseRef, author) };
  },
  async 'audit/section'({ auditId, sectionId, result }) {
    return {
      audit: await updateSection(getDb(), auditId, sectionId, result, await changeContext()),
    };
  },
  async 'audit/finish'({ auditId, overallGrade, summary }) {
    return {
      audit: await finishAudit(getDb(), auditId, overallGrade, summary, await changeContext()),
    };
  },
  async 'audit/reopen'({ auditId }) {
    return { audit: await reopenAudit(getDb(), auditId, await changeContext()) };
  },
  async 'audit/list'() {
    return {
      audits: await listAudits(getDb()),
      templates: await allTemplates(getDb(), await policyTemplates()),
    };
  },
  async 'template/list'() {
    return { templates: await latestTemplates(getDb(), await policyTemplates()) };
  },
  async 'template/import'({ template }) {
    return { template: await importTemplate(getDb(), template) };
  },
};
