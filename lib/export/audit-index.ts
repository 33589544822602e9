/**
 * The audits and templates of a paged export (export-stream.ts), known without holding the audits:
 * the audits its observations belong to, met a page at a time (for the labels of CSV and JSON-LD,
 * which need an observation's template before the audits are written), and at the end the audits the
 * file lists, in the file's order, and their templates. Holds ids, dates and template
 * keys only, plus the few templates.
 */
import type { Table } from 'dexie';
import type { Audit } from '../model/audit';
import type { Observation } from '../model/observation';
import { TemplateSchema, type Template } from '../model/template';
import type { AppDB } from '../storage/db';
import { findTemplate } from '../storage/templates';
import { auditMatches, typeIncluded, type ExportFilters } from './filters';
import { keyPages, READ_PAGE } from './paged-read';

/** What the export keeps of an audit until it writes it. */
export interface AuditRef {
  id: string;
  startedAt: string;
  templateId: string;
  templateVersion: number;
}

const refOf = (a: Audit): AuditRef => ({
  id: a.id,
  startedAt: a.startedAt,
  templateId: a.templateId,
  templateVersion: a.templateVersion,
});
const templateKey = (a: AuditRef) => `${a.templateId}@${a.templateVersion}`;

export class AuditIndex {
  /** Audits the exported observations belong to, in the order first met (null: no such audit). */
  private readonly cited = new Map<string, AuditRef | null>();
  private readonly templates = new Map<string, Template | undefined>();
  private ordered: AuditRef[] | undefined;

  constructor(
    private readonly db: AppDB,
    private readonly audits: Table<Audit, string>,
    private readonly filters: ExportFilters,
    private readonly organisation: readonly Template[],
    private readonly pageSize = READ_PAGE,
  ) {}

  /** Notes the audits of a page of exported observations (and their templates). */
  async cite(observations: readonly Observation[]): Promise<void> {
    const fresh = [
      ...new Set(observations.flatMap((o) => (o.auditId && !this.cited.has(o.auditId) ? [o.auditId] : []))),
    ];
    if (fresh.length === 0) return;
    const found = await this.audits.bulkGet(fresh);
    fresh.forEach((id, index) => {
      const audit = found[index];
      this.cited.set(id, audit ? refOf(audit) : null);
    });
    await this.loadTemplates(found.flatMap((audit) => (audit ? [refOf(audit)] : [])));
  }

  /** The template of a cited audit, when the export has it. */
  templateOf = (auditId: string): Template | undefined => {
    const ref = this.cited.get(auditId);
    return ref ? this.templates.get(templateKey(ref)) : undefined;
  };

  /**
   * The audits the file lists, oldest first: those matching the filters (when they apply to audits),
   * in id order, then those the exported observations cite, in the order first cited; sorted by start
   * time, so audits started at the same time keep that order. Call after every observation was cited.
   */
  async chosen(): Promise<AuditRef[]> {
    if (this.ordered) return this.ordered;
    const direct: AuditRef[] = [];
    if (typeIncluded('audits', this.filters)) {
      for await (const page of this.directPages()) {
        for (const audit of page) if (auditMatches(audit, this.filters)) direct.push(refOf(audit));
      }
    }
    const chosen = new Map(direct.map((a) => [a.id, a]));
    for (const [id, ref] of this.cited) if (ref && !chosen.has(id)) chosen.set(id, ref);
    this.ordered = [...chosen.values()].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    return this.ordered;
  }

  /** The template versions the chosen audits use, in order of first use; unavailable ones left out. */
  async chosenTemplates(): Promise<Template[]> {
    const wanted = new Map((await this.chosen()).map((a) => [templateKey(a), a]));
    await this.loadTemplates([...wanted.values()]);
    return [...wanted.keys()].flatMap((key) => this.templates.get(key) ?? []);
  }

  private async loadTemplates(refs: readonly AuditRef[]): Promise<void> {
    for (const ref of refs) {
      const key = templateKey(ref);
      if (this.templates.has(key)) continue;
      const template = await findTemplate(this.db, ref.templateId, ref.templateVersion, this.organisation);
      this.templates.set(key, template && TemplateSchema.parse(template));
    }
  }

  private async *directPages(): AsyncGenerator<Audit[]> {
    const { personId } = this.filters;
    if (personId === undefined) {
      yield* keyPages(this.audits, (a) => a.id, this.pageSize);
      return;
    }
    const ids = await this.audits.where('caseRef.personId').equals(personId).primaryKeys();
    for (let start = 0; start < ids.length; start += this.pageSize) {
      const page = await this.audits.bulkGet(ids.slice(start, start + this.pageSize));
      yield page.filter((audit): audit is Audit => audit !== undefined);
    }
  }
}
