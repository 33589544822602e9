import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/storage/db';
import {
  finishAudit,
  listAudits,
  missingSections,
  reopenAudit,
  startAudit,
  updateSection,
} from '@/lib/storage/audits';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';

const template = BUILTIN_TEMPLATES.find((t) => t.id === 'learning-case-file-audit')!;
let db: AppDB;
beforeEach(() => {
  db = new AppDB(`audits-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('audits', () => {
  it('ships four built-in templates, the first with the learning questions', () => {
    expect(BUILTIN_TEMPLATES.map((t) => t.id)).toEqual([
      'learning-case-file-audit',
      'multi-agency-audit',
      'section-11-self-assessment',
      'themed-audit',
    ]);
    const titles = template.sections.map((section) => section.title);
    expect(titles).toContain('Impact: what difference did the work make for the child?');
    expect(titles).toContain('What helped or hindered practice?');
  });

  it('runs from start to finish, refusing to finish early or with grades off the scale', async () => {
    const audit = await startAudit(db, template, { personId: 'P123456' }, 'Sam');
    expect(audit).toMatchObject({
      status: 'in-progress',
      templateId: template.id,
      auditor: 'Sam',
      sections: {},
    });
    await expect(finishAudit(db, audit.id, 'good', '')).rejects.toThrow(
      /Complete these sections before finishing: Chronology and history/,
    );
    await expect(
      updateSection(db, audit.id, 'chronology', { grade: 'excellent', complete: true }),
    ).rejects.toThrow(/not a grade/);
    await expect(updateSection(db, audit.id, 'nope', { complete: true })).rejects.toThrow(
      /no section "nope"/,
    );

    // Complete needs a justification: graded or not, a section says why.
    const first = template.sections.find((s) => s.required)!;
    await expect(updateSection(db, audit.id, first.id, { complete: true })).rejects.toThrow(
      /is not graded: grade it, or write why it is not graded, before marking it complete/,
    );
    await expect(
      updateSection(db, audit.id, first.id, { grade: 'good', justification: '  ', complete: true }),
    ).rejects.toThrow(/Write why .* has this grade before marking it complete/);
    await updateSection(db, audit.id, first.id, {
      justification: 'Not graded: no plan yet.',
      complete: true,
    });
    for (const section of template.sections.filter((s) => s.required)) {
      await updateSection(db, audit.id, section.id, {
        complete: true,
        justification: 'Evidence read.',
        ...(section.scale?.type === 'none' ? {} : { grade: 'good' }),
      });
    }
    const current = (await db.audits.get(audit.id))!;
    expect(missingSections(current, template)).toEqual([]);
    await expect(finishAudit(db, audit.id, undefined, 'x')).rejects.toThrow(/overall grade/);
    const finished = await finishAudit(db, audit.id, 'good', 'Strong direct work.');
    expect(finished).toMatchObject({
      status: 'finished',
      overallGrade: 'good',
      summary: 'Strong direct work.',
    });
    await expect(updateSection(db, audit.id, 'planning', { complete: false })).rejects.toThrow(/reopen/);

    const reopened = await reopenAudit(db, audit.id);
    expect(reopened.status).toBe('in-progress');
    expect(reopened).not.toHaveProperty('finishedAt');
    expect((await listAudits(db)).map((a) => a.id)).toEqual([audit.id]);
  });
});
