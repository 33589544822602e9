// Whether the moderator sees the first auditor's observations is the round's moderation rule: off, the
// pack holds none; on, it holds them without their grades; a pack holding observations its round keeps
// hidden is refused. The rule is saved with the round and survives a reload and a change of plan, and a
// round pack for auditors never carries it.
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import type { Audit } from '@/lib/model/audit';
import type { Observation } from '@/lib/model/observation';
import { RoundSchema, type Round } from '@/lib/model/round';
import { buildModerationPack, moderationFileText, verifyModerationPack } from '@/lib/moderation/pack';
import { buildPack, packHash } from '@/lib/rounds/pack';
import { AppDB } from '@/lib/storage/db';
import { saveModerationRule } from '@/lib/storage/moderation';
import { updateRound } from '@/lib/storage/rounds';

const template = BUILTIN_TEMPLATES[0]!;
const section = template.sections[0]!.id;
const NOW = '2026-05-01T10:00:00.000Z';
const round: Round = RoundSchema.parse({
  id: '0b7f6c1e-3f5a-4c1e-9d1e-2a3b4c5d6e7f',
  name: 'Spring',
  theme: '',
  purpose: '',
  templateId: template.id,
  opensOn: '2026-04-01',
  closesOn: '2026-04-30',
  status: 'planning',
  owner: 'QA lead',
});
const audit: Audit = {
  id: '11111111-1111-4111-8111-111111111111',
  templateId: template.id,
  templateVersion: template.version,
  caseRef: { personId: 'P123' },
  auditor: 'A1',
  status: 'finished',
  sections: { [section]: { grade: 'good', justification: 'SECRET-JUSTIFICATION', complete: true } },
  overallGrade: 'good',
  startedAt: NOW,
  updatedAt: NOW,
  roundId: round.id,
};
const observation: Observation = {
  id: '33333333-3333-4333-8333-333333333333',
  auditId: audit.id,
  sectionId: section,
  kind: 'strength',
  grade: 'outstanding',
  comment: 'FIRST-OBSERVATION: the child’s words are recorded.',
  evidenceSource: 'case-record',
  factors: [],
  followUp: 'SECRET-FOLLOW-UP',
  target: {
    page: { origin: 'http://127.0.0.1', path: '/x' } as Observation['target']['page'],
    selectors: [],
    quote: 'I want',
  },
  pageKey: 'http://127.0.0.1/x',
  author: 'A1',
  createdAt: NOW,
  updatedAt: NOW,
};
const rule = { percent: 10, minimum: 1, seed: 'K7QM' };
const packOf = (observationsVisible: boolean) =>
  buildModerationPack({
    round: { ...round, moderation: { ...rule, observationsVisible } },
    template,
    moderator: 'M1',
    seed: 'K7QM',
    audits: [audit],
    observations: new Map([[audit.id, [observation]]]),
    now: NOW,
  });

describe("the first auditor's observations in the moderation pack", () => {
  it('are left out unless the round shows them, and never carry a grade', async () => {
    const hidden = moderationFileText(await packOf(false));
    expect(hidden).not.toContain('FIRST-OBSERVATION');
    const shown = moderationFileText(await packOf(true));
    for (const secret of ['"outstanding"', '"good"', 'SECRET-JUSTIFICATION', 'SECRET-FOLLOW-UP'])
      expect(shown).not.toContain(secret);
    const read = await verifyModerationPack(shown);
    expect(read.ok && read.file.audits[0]!.observations).toEqual([
      {
        sectionId: section,
        kind: 'strength',
        comment: observation.comment,
        evidenceSource: 'case-record',
        factors: [],
        quote: 'I want',
      },
    ]);
  });

  it('are refused in a pack whose round keeps them hidden', async () => {
    const shown = await packOf(true);
    const { hash: _hash, ...content } = {
      ...shown,
      round: { ...shown.round, moderation: { ...rule, observationsVisible: false } },
    };
    const forged = { ...content, hash: await packHash(content) };
    expect(await verifyModerationPack(moderationFileText(forged), { fileName: 'p.json' })).toEqual({
      ok: false,
      error: expect.stringContaining("holds the first auditor's observations, which its round keeps"),
    });
  });
});

describe('the moderation rule', () => {
  let db: AppDB | undefined;
  afterEach(async () => {
    db?.close();
    if (db) await db.delete();
  });

  it('is saved with the round, kept when the plan changes, and not given to auditors', async () => {
    db = new AppDB(`moderation-rule-${crypto.randomUUID()}`);
    await db.rounds.add(round);
    await saveModerationRule(db, round.id, { ...rule, observationsVisible: true });
    db.close();
    db = new AppDB(db.name);
    const reread = await db.rounds.get(round.id);
    expect(reread?.moderation).toEqual({ ...rule, observationsVisible: true });
    const { id: _id, status: _status, moderation: _m, ...fields } = reread!;
    const changed = await updateRound(db, round.id, { ...fields, name: 'Spring 2026' });
    expect(changed.ok && changed.value.moderation).toEqual({ ...rule, observationsVisible: true });
    const pack = await buildPack({
      round: (await db.rounds.get(round.id))!,
      template,
      forAuditor: null,
      auditors: [],
      assignments: [],
      candidates: [],
      now: NOW,
    });
    expect(pack.round).not.toHaveProperty('moderation');
    await expect(
      saveModerationRule(db, round.id, { ...rule, percent: 101, observationsVisible: false }),
    ).rejects.toThrow();
    await db.rounds.update(round.id, { status: 'closed' });
    await expect(saveModerationRule(db, round.id, { ...rule, observationsVisible: false })).rejects.toThrow(
      'The round is closed',
    );
  });
});
