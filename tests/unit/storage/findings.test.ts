// Findings in the database: saved whole or refused whole with the problem in words; a round's findings
// are one query; the learning data of a round holds its audits, their observations, the flags they cite,
// the teams of its candidate list, and no conversations while the database has no such table.
import { afterEach, describe, expect, it } from 'vitest';
import type { Audit } from '@/lib/model/audit';
import type { FindingFields } from '@/lib/model/finding';
import { AppDB } from '@/lib/storage/db';
import { learningData, readConversations, saveFinding, scopeFindings } from '@/lib/storage/findings';

const ROUND = '0b7f6c1e-3f5a-4c1e-9d1e-2a3b4c5d6e7f';
const NOW = '2026-09-01T10:00:00.000Z';
const audit = (id: string, roundId?: string): Audit => ({
  id,
  templateId: 'learning-case-file-audit',
  templateVersion: 1,
  caseRef: { personId: 'P1' },
  auditor: 'Ana',
  status: 'finished',
  sections: {},
  startedAt: NOW,
  finishedAt: NOW,
  updatedAt: NOW,
  ...(roundId ? { roundId } : {}),
});
const fields: FindingFields = {
  statement: 'Forms crowd out the rationale, so judgements are recorded without their reasons.',
  pattern: { factor: 'human-tool', subItem: 'assessment-forms' },
  evidence: [{ kind: 'observation', id: '33333333-3333-4333-8333-333333333333' }],
  widespread: { judgement: 'widespread', note: 'Every team.' },
  questions: ['Who owns the form?'],
  actions: [{ text: 'Review the form', owner: 'Head of service', dueOn: '2026-12-31' }],
  scope: { roundId: ROUND },
  status: 'draft',
};

let db: AppDB | undefined;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

describe('findings storage', () => {
  it('saves a finding of a round, updates it in place and refuses an invalid one writing nothing', async () => {
    db = new AppDB(`findings-${crypto.randomUUID()}`);
    const saved = await saveFinding(db, fields, 'Quinn');
    if (!saved.ok) throw new Error(saved.problems.join());
    expect(saved.finding).toMatchObject({ roundId: ROUND, author: 'Quinn', status: 'draft' });
    const again = await saveFinding(db, { ...fields, status: 'agreed' }, 'Someone else', saved.finding.id);
    expect(again).toMatchObject({
      ok: true,
      finding: { id: saved.finding.id, author: 'Quinn', status: 'agreed' },
    });
    expect(await scopeFindings(db, { roundId: ROUND })).toHaveLength(1);
    const refused = await saveFinding(db, { ...fields, statement: '  ' }, 'Quinn');
    expect(refused).toEqual({ ok: false, problems: ['Write the finding as a statement first.'] });
    const backwards = await saveFinding(
      db,
      { ...fields, scope: { from: '2026-09-30', to: '2026-07-01' } },
      'Q',
    );
    expect(backwards.ok).toBe(false);
    expect(await db.findings.count()).toBe(1);
  });

  it('reads a round’s learning data: its audits and observations, the teams of its list, its conversations', async () => {
    db = new AppDB(`findings-${crypto.randomUUID()}`);
    await db.audits.bulkPut([
      audit('11111111-1111-4111-8111-111111111111', ROUND),
      audit('11111111-1111-4111-8111-111111111112'),
    ]);
    await db.roundCandidates.put({
      roundId: ROUND,
      key: 'P1',
      row: 0,
      candidate: { caseId: 'P1', team: 'North', caseHolder: 'W1', attributes: {} },
    });
    // A conversation about the round's audit and one about an audit outside it.
    const talk = (id: string, auditId: string) => ({
      id,
      auditId,
      withRole: 'case-holder' as const,
      date: '2026-09-01',
      mode: 'phone' as const,
      prompts: { helped: 'Supervision every fortnight.' },
      factors: [{ factor: 'human-management', subItem: 'supervision' }],
      observationIds: [],
      sectionIds: [],
      author: 'Sam Patel',
      createdAt: '2026-09-01T10:00:00.000Z',
      updatedAt: '2026-09-01T10:00:00.000Z',
    });
    await db.conversations.bulkPut([
      talk('33333333-3333-4333-8333-333333333333', '11111111-1111-4111-8111-111111111111'),
      talk('44444444-4444-4444-8444-444444444444', '22222222-2222-4222-8222-222222222222'),
    ]);
    expect(await readConversations(db)).toHaveLength(2);
    const data = await learningData(db, { roundId: ROUND });
    expect(data.audits.map((a) => a.id)).toEqual(['11111111-1111-4111-8111-111111111111']);
    expect(data.conversations.map((c) => c.id)).toEqual(['33333333-3333-4333-8333-333333333333']);
    expect(data.teams.get('P1')).toBe('North');
    const period = await learningData(db, { from: '2026-09-01', to: '2026-09-01' });
    expect(period.audits).toHaveLength(2);
  });
});
