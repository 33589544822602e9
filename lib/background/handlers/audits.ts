/** Handlers for audits and templates. */
import type { Handlers } from '../../messaging/router';
import { getDb } from '../../storage/db';
import { finishAudit, listAudits, reopenAudit, startAudit, updateSection } from '../../storage/audits';
import { allTemplates, findTemplate, importTemplate, latestTemplates } from '../../storage/templates';
import { currentAuthor } from '../../settings/settings';
import { listPacks } from '../../storage/round-packs';
import { myCases } from '../../rounds/my-cases';
import { caseKey } from '../../model/round';
import { loadPolicy } from '../../settings/policy';

const policyTemplates = async () => (await loadPolicy()).policy.templates ?? [];
/** The organisation's templates and who is making a change, for the audit's edit trail. */
const changeContext = async () => ({ organisation: await policyTemplates(), by: await currentAuthor() });

/** The round and assignment an audit is started for, checked against the packs this device holds. */
async function assignmentOf(assignmentId: string, personId: string, templateId: string) {
  for (const { pack } of await listPacks(getDb())) {
    const assignment = pack.assignments.find((a) => a.id === assignmentId);
    if (!assignment) continue;
    if (caseKey(assignment.caseId) !== caseKey(personId)) {
      throw new Error(`That assignment is for case ${assignment.caseId}, not ${personId}.`);
    }
    if (pack.round.templateId !== templateId) {
      throw new Error(
        `The round "${pack.round.name}" is audited with its own template; start the audit from it.`,
      );
    }
    return { roundId: pack.round.id, assignmentId };
  }
  throw new Error('That assignment is not in any round pack on this device: import the pack first.');
}

type AuditTypes =
  | 'audit/start'
  | 'audit/section'
  | 'audit/finish'
  | 'audit/reopen'
  | 'audit/list'
  | 'round/my-cases'
  | 'template/list'
  | 'template/import';

export const auditHandlers: Pick<Handlers, AuditTypes> = {
  async 'audit/start'({ templateId, templateVersion, caseRef, assignmentId }) {
    const template = await findTemplate(getDb(), templateId, templateVersion, await policyTemplates());
    if (!template) throw new Error(`There is no template "${templateId}" version ${templateVersion}.`);
    const author = await currentAuthor();
    const round = assignmentId ? await assignmentOf(assignmentId, caseRef.personId, templateId) : undefined;
    return { audit: await startAudit(getDb(), template, caseRef, author, new Date(), round) };
  },
  async 'round/my-cases'() {
    const packs = (await listPacks(getDb())).map((stored) => stored.pack);
    const audits = await getDb().audits.toArray();
    const today = new Date().toISOString().slice(0, 10);
    return { cases: myCases(packs, audits, await currentAuthor(), today) };
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
