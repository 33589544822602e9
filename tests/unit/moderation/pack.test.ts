// Moderation files: the pack the moderator receives holds no first grade, justification or summary; an
// altered file, a file of another kind or of another round is refused in words; a return lays the blind
// grades beside the first ones and the agreed outcome sits beside both.
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import type { Audit } from '@/lib/model/audit';
import { RoundSchema } from '@/lib/model/round';
import {
  buildModerationOutcomes,
  buildModerationPack,
  buildModerationReturn,
  moderationFileText,
  verifyModerationOutcomes,
  verifyModerationPack,
  verifyModerationReturn,
} from '@/lib/moderation/pack';
import { agree, applyReturn, newRecord } from '@/lib/moderation/records';

const template = BUILTIN_TEMPLATES[0]!;
const round = RoundSchema.parse({
  id: '0b7f6c1e-3f5a-4c1e-9d1e-2a3b4c5d6e7f',
  name: 'Spring',
  theme: '',
  purpose: '',
  templateId: template.id,
  opensOn: '2026-04-01',
  closesOn: '2026-04-30',
  status: 'moderation',
  owner: 'QA lead',
});
const NOW = '2026-05-01T10:00:00.000Z';
const audit: Audit = {
  id: '11111111-1111-4111-8111-111111111111',
  templateId: template.id,
  templateVersion: template.version,
  caseRef: { personId: 'P123' },
  auditor: 'A1',
  status: 'finished',
  sections: {
    [template.sections[0]!.id]: { grade: 'good', justification: 'SECRET-JUSTIFICATION', complete: true },
  },
  overallGrade: 'requires-improvement',
  summary: 'SECRET-SUMMARY',
  startedAt: NOW,
  updatedAt: NOW,
  roundId: round.id,
};

describe('moderation pack', () => {
  it('carries the audits without their grades, justifications or summary', async () => {
    const pack = await buildModerationPack({
      round,
      template,
      moderator: 'M1',
      seed: 'K7QM',
      audits: [audit],
      now: NOW,
    });
    const text = moderationFileText(pack);
    for (const secret of ['SECRET-JUSTIFICATION', 'SECRET-SUMMARY', 'requires-improvement', '"good"']) {
      expect(text).not.toContain(secret);
    }
    const read = await verifyModerationPack(text, { expectedRoundId: round.id });
    expect(read.ok && read.file.audits).toEqual([
      {
        auditId: audit.id,
        templateId: template.id,
        templateVersion: template.version,
        caseRef: { personId: 'P123' },
      },
    ]);
  });

  it('refuses an altered pack, another round and another kind of file', async () => {
    const pack = await buildModerationPack({
      round,
      template,
      moderator: 'M1',
      seed: 'K7QM',
      audits: [audit],
      now: NOW,
    });
    const altered = moderationFileText({ ...pack, moderator: 'M2' });
    expect(await verifyModerationPack(altered, { fileName: 'p.json' })).toEqual({
      ok: false,
      error: expect.stringMatching(/^p\.json has been altered since the QA lead exported it/),
    });
    const other = await verifyModerationPack(moderationFileText(pack), { expectedRoundId: audit.id });
    expect(other).toEqual({ ok: false, error: expect.stringContaining('of another round') });
    expect(await verifyModerationReturn(moderationFileText(pack))).toEqual({
      ok: false,
      error: expect.stringContaining('is not a Margin moderation return'),
    });
    expect((await verifyModerationPack('{')).ok).toBe(false);
  });
});

describe('moderation records', () => {
  it('lays the blind grades beside the first and the outcome beside both', async () => {
    const record = newRecord(audit, round.id, 'M1');
    expect(record.first).toEqual({
      sections: { [template.sections[0]!.id]: 'good' },
      overall: 'requires-improvement',
    });
    const second = { sections: {}, overall: 'inadequate' };
    const file = await buildModerationReturn({
      roundId: round.id,
      moderator: 'M1',
      grades: [{ auditId: audit.id, grades: second, gradedAt: NOW }],
      now: NOW,
    });
    const read = await verifyModerationReturn(moderationFileText(file), { expectedRoundId: round.id });
    if (!read.ok) throw new Error(read.error);
    const applied = applyReturn([record], read.file);
    if (!applied.ok) throw new Error(applied.error);
    const done = agree(applied.records[0]!, {
      overall: 'requires-improvement',
      sections: {},
      rationale: 'Plan reviewed',
      agreedAt: NOW,
    });
    expect(done.first).toEqual(record.first);
    expect(done.second).toEqual(second);
    expect(done.agreed?.overall).toBe('requires-improvement');
    expect(applyReturn(applied.records, read.file)).toEqual({
      ok: false,
      error: expect.stringContaining('imported already'),
    });
    expect(() => agree(record, done.agreed!)).toThrow();
    const outcomes = await buildModerationOutcomes({
      round,
      auditor: 'A1',
      records: [done, record],
      now: NOW,
    });
    const text = moderationFileText(outcomes!);
    const back = await verifyModerationOutcomes(text);
    expect(back.ok && back.file.records).toEqual([done]);
    expect((await verifyModerationOutcomes(text.replace('Plan reviewed', 'Plan not reviewed'))).ok).toBe(
      false,
    );
    expect(
      await buildModerationOutcomes({ round, auditor: 'B2', records: [done], now: NOW }),
    ).toBeUndefined();
  });
});
