// Progress from returns: audits an auditor started from a round pack on their own device come back to
// the QA lead as an ordinary Margin JSON export, keep their round and assignment through export and
// import, and count for the round on the QA lead's device: finished, in progress,
// overdue, moderated, and never counted twice when the same return is imported again. A pseudonymised
// copy is refused as a return (the importer refuses every copy made for sharing).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@/lib/storage/db';
import { finishAudit, startAudit, updateSection } from '@/lib/storage/audits';
import { exportFile } from '@/lib/export/export-file';
import { importFiles } from '@/lib/export/import/import-many';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import type { Assignment } from '@/lib/model/round';
import { roundProgress } from '@/lib/rounds/progress';
import { freshDb } from '../import/support';

const ROUND = '6f1c2b7a-9d3e-4f5a-8b6c-7d8e9f0a1b2c';
const template = BUILTIN_TEMPLATES.find((t) => t.id === 'learning-case-file-audit')!;
const at = (day: number) => new Date(Date.UTC(2026, 9, day, 10));
const assignment = (n: number, caseId: string, auditorId: string, extra: Partial<Assignment> = {}) => ({
  id: `a0000000-0000-4000-8000-00000000000${n}`,
  roundId: ROUND,
  caseId,
  auditorId,
  dueOn: '2026-10-20',
  mode: 'desk' as const,
  status: 'not-started' as const,
  ...extra,
});
/** The QA lead's assignments: two for Sam, one for Jo (moderated already), one for Ali (not started). */
const assignments: Assignment[] = [
  assignment(1, 'P123456', 'SP01'),
  assignment(2, 'P123457', 'SP01'),
  assignment(3, 'P204518', 'JO02', { status: 'moderated' }),
  assignment(4, 'P318802', 'AL03', { dueOn: '2026-10-30' }),
];
const link = (a: Assignment) => ({ roundId: a.roundId, assignmentId: a.id });

let auditor: AppDB;
let lead: AppDB;
beforeEach(() => {
  auditor = freshDb();
  lead = freshDb();
});
afterEach(async () => {
  await auditor.delete();
  await lead.delete();
});

/** The auditor's Margin JSON export, as the dashboard writes it. */
async function returned(pseudonymise: boolean, day: number): Promise<string> {
  const { blob } = await exportFile(auditor, {
    format: 'margin-json',
    filters: {},
    options: { redactQuotes: false, pseudonymise },
    exportedBy: 'Sam Patel',
    generatorVersion: '0.1.0',
    now: at(day),
  });
  return blob.text();
}

/** Sam finishes the first case and starts the second, on Sam's device. */
async function samAudits() {
  const first = await startAudit(
    auditor,
    template,
    { personId: 'P123456' },
    'Sam Patel',
    at(2),
    link(assignments[0]!),
  );
  for (const section of template.sections) {
    await updateSection(
      auditor,
      first.id,
      section.id,
      { justification: 'Seen.', complete: true },
      { now: at(3) },
    );
  }
  await finishAudit(auditor, first.id, 'good', 'Solid work.', { now: at(4) });
  // Started on another day, another screen: the person ID as the page showed it.
  await startAudit(auditor, template, { personId: ' p123457 ' }, 'Sam Patel', at(5), link(assignments[1]!));
}

const progressOn = async (db: AppDB, today: string) =>
  roundProgress(
    assignments,
    (await db.audits.toArray()).filter((a) => a.roundId === ROUND),
    { today },
  );
const statuses = (p: Awaited<ReturnType<typeof progressOn>>) =>
  p.cases.map((c) => [c.assignment.caseId, c.status, c.overdue]);

describe('progress from imported returns', () => {
  it('counts audits from another profile by their assignment: finished, in progress, moderated and overdue', async () => {
    await samAudits();
    const outcome = await importFiles(
      lead,
      [{ fileName: 'sam.json', text: await returned(false, 6) }],
      at(6),
    );
    expect(outcome).toMatchObject([{ ok: true }]);
    const stored = await lead.audits.toArray();
    expect(
      stored.map((a) => [a.caseRef.personId.trim(), a.roundId, a.assignmentId, a.status]).sort(),
    ).toEqual([
      ['P123456', ROUND, assignments[0]!.id, 'finished'],
      ['p123457', ROUND, assignments[1]!.id, 'in-progress'],
    ]);

    const progress = await progressOn(lead, '2026-10-21');
    expect(statuses(progress)).toEqual([
      ['P123456', 'finished', false],
      ['P123457', 'in-progress', true],
      ['P204518', 'moderated', false],
      ['P318802', 'not-started', false],
    ]);
    expect(progress.auditors).toEqual([
      { auditorId: 'AL03', assigned: 1, notStarted: 1, inProgress: 0, finished: 0, moderated: 0, overdue: 0 },
      { auditorId: 'JO02', assigned: 1, notStarted: 0, inProgress: 0, finished: 0, moderated: 1, overdue: 0 },
      { auditorId: 'SP01', assigned: 2, notStarted: 0, inProgress: 1, finished: 1, moderated: 0, overdue: 1 },
    ]);
    expect(progress.round).toMatchObject({ target: 4, finished: 1, moderated: 1, percent: 50 });
  });

  it('a pseudonymised copy keeps round and assignment, but is refused as a return with nothing written', async () => {
    await samAudits();
    const text = await returned(true, 6);
    const file = JSON.parse(text) as { audits: { caseRef: { personId: string }; roundId?: string }[] };
    expect(file.audits.map((a) => a.caseRef.personId)).not.toContain('P123456');
    expect(file.audits.every((a) => a.roundId === ROUND)).toBe(true);
    const outcome = await importFiles(lead, [{ fileName: 'sam-shared.json', text }], at(6));
    expect(outcome).toMatchObject([
      { ok: false, errors: [expect.stringContaining('a copy made for sharing')] },
    ]);
    expect(await lead.audits.count()).toBe(0);
    expect(statuses(await progressOn(lead, '2026-10-10')).map((s) => s[1])).toEqual([
      'not-started',
      'not-started',
      'moderated',
      'not-started',
    ]);
  });

  it('a later return moves a case on; the same return twice or an older one changes nothing', async () => {
    await samAudits();
    const early = await returned(false, 6);
    await importFiles(lead, [{ fileName: 'early.json', text: early }], at(6));
    const second = (await auditor.audits.toArray()).find((a) => a.status === 'in-progress')!;
    for (const section of template.sections) {
      await updateSection(
        auditor,
        second.id,
        section.id,
        { justification: 'Seen.', complete: true },
        { now: at(7) },
      );
    }
    await finishAudit(auditor, second.id, 'requires-improvement', 'Plan drift.', { now: at(8) });
    await importFiles(lead, [{ fileName: 'late.json', text: await returned(false, 9) }], at(9));
    await importFiles(lead, [{ fileName: 'early-again.json', text: early }], at(10));
    const progress = await progressOn(lead, '2026-10-21');
    expect(await lead.audits.count()).toBe(2);
    expect(statuses(progress).slice(0, 2)).toEqual([
      ['P123456', 'finished', false],
      ['P123457', 'finished', false],
    ]);
    expect(progress.auditors.find((a) => a.auditorId === 'SP01')).toMatchObject({ finished: 2, overdue: 0 });
  });

  it("an audit naming another round's assignment, or none, does not count for this round", async () => {
    const elsewhere = { roundId: '0a0a0a0a-0b0b-4c0c-8d0d-0e0e0e0e0e0e', assignmentId: crypto.randomUUID() };
    await startAudit(auditor, template, { personId: 'P318802' }, 'Sam Patel', at(2), elsewhere);
    await startAudit(auditor, template, { personId: 'P318802' }, 'Sam Patel', at(2));
    await importFiles(lead, [{ fileName: 'other.json', text: await returned(false, 6) }], at(6));
    expect(await lead.audits.count()).toBe(2);
    const progress = roundProgress(assignments, await lead.audits.toArray(), { today: '2026-10-31' });
    expect(progress.cases[3]).toMatchObject({ status: 'not-started', overdue: true, auditIds: [] });
  });
});
