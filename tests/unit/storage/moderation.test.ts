// Moderation in the database: starting keeps the first grades; importing a return lays the blind grades
// beside them and marks the assignment moderated, all or nothing; the agreed outcome never replaces either.
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import type { Audit } from '@/lib/model/audit';
import { buildModerationReturn } from '@/lib/moderation/pack';
import { AppDB } from '@/lib/storage/db';
import { importReturn, roundModerations, saveOutcome, startModeration } from '@/lib/storage/moderation';

const ROUND = '0b7f6c1e-3f5a-4c1e-9d1e-2a3b4c5d6e7f';
const ASSIGNMENT = '22222222-2222-4222-8222-222222222222';
const NOW = '2026-05-01T10:00:00.000Z';
const template = BUILTIN_TEMPLATES[0]!;
const audit: Audit = {
  id: '11111111-1111-4111-8111-111111111111',
  templateId: template.id,
  templateVersion: template.version,
  caseRef: { personId: 'P1' },
  auditor: 'A1',
  status: 'finished',
  sections: {},
  overallGrade: 'good',
  startedAt: NOW,
  updatedAt: NOW,
  roundId: ROUND,
  assignmentId: ASSIGNMENT,
};

let db: AppDB | undefined;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

describe('moderation storage', () => {
  it('keeps first, second and agreed grades side by side and marks the assignment moderated', async () => {
    db = new AppDB(`moderation-${crypto.randomUUID()}`);
    await db.audits.put(audit);
    await db.roundAssignments.put({
      id: ASSIGNMENT,
      roundId: ROUND,
      caseId: 'P1',
      auditorId: 'A1',
      dueOn: '2026-04-30',
      mode: 'desk',
      status: 'finished',
    });
    await startModeration(db, ROUND, 'M1', [audit]);
    const file = await buildModerationReturn({
      roundId: ROUND,
      moderator: 'M1',
      grades: [{ auditId: audit.id, grades: { sections: {}, overall: 'inadequate' }, gradedAt: NOW }],
      now: NOW,
    });
    expect(await importReturn(db, file)).toEqual({ ok: true, count: 1 });
    expect(await importReturn(db, file)).toEqual({
      ok: false,
      error: expect.stringContaining('imported already'),
    });
    await saveOutcome(db, audit.id, {
      overall: 'requires-improvement',
      sections: {},
      rationale: 'Agreed',
      agreedAt: NOW,
    });
    const [record] = await roundModerations(db, ROUND);
    expect(record).toMatchObject({
      first: { overall: 'good' },
      second: { overall: 'inadequate' },
      agreed: { overall: 'requires-improvement', rationale: 'Agreed' },
    });
    expect((await db.roundAssignments.get(ASSIGNMENT))?.status).toBe('moderated');
  });
});
