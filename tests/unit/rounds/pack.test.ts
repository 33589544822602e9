// Round packs: built per auditor or for all, with a hash over their canonical JSON; verifyPack takes back
// only an unaltered pack of the expected round, and refuses everything else in words.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import { RoundSchema, type Assignment, type Auditor } from '@/lib/model/round';
import { TemplateSchema } from '@/lib/model/template';
import { buildPack, packHash, packText, verifyPack } from '@/lib/rounds/pack';
import { candidate } from './support';

const SCHEMA_FILE = fileURLToPath(new URL('../../../docs/export/round-pack.schema.json', import.meta.url));
const ROUND_ID = '0b7f6c1e-3f5a-4c1e-9d1e-2a3b4c5d6e7f';
const round = RoundSchema.parse({
  id: ROUND_ID,
  name: 'Practice Week, spring 2026',
  theme: 'Voice of the child',
  purpose: 'Hear the child in every plan.',
  templateId: BUILTIN_TEMPLATES[0]!.id,
  opensOn: '2026-04-01',
  closesOn: '2026-04-30',
  status: 'open',
  owner: 'QA lead',
});
const auditors: Auditor[] = [
  { id: 'A1', name: 'Ann', team: 'South', role: 'team-manager', capacity: 3 },
  { id: 'B2', name: 'Bo', team: 'North', role: 'peer', capacity: 3 },
];
const assignment = (caseId: string, auditorId: string): Assignment => ({
  id: `00000000-0000-4000-8000-${caseId.slice(1).padStart(12, '0')}`,
  roundId: ROUND_ID,
  caseId,
  auditorId,
  dueOn: '2026-04-30',
  mode: 'desk',
  status: 'not-started',
});
const assignments = [assignment('P1', 'A1'), assignment('P2', 'B2'), assignment('P3', 'A1')];
const candidates = ['P1', 'P2', 'P3', 'P4'].map((id, i) => candidate(id, i % 2 ? 'South' : 'North', `W${i}`));
const NOW = Date.parse('2026-04-02T09:00:00.000Z');
const input = {
  round,
  template: BUILTIN_TEMPLATES[0]!,
  forAuditor: 'A1',
  assignments,
  auditors,
  candidates,
  now: '2026-04-02T09:00:00.000Z',
};

describe('buildPack', () => {
  it("holds the auditor's assignments and only their cases, names a shipped template by id, and hashes itself", async () => {
    const pack = await buildPack(input);
    expect(pack.assignments.map((a) => a.caseId)).toEqual(['P1', 'P3']);
    expect(pack.candidates.map((c) => c.caseId)).toEqual(['P1', 'P3']);
    expect(pack.auditors.map((a) => a.id)).toEqual(['A1']);
    expect(pack.template).toBeUndefined();
    expect(pack.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(pack.hash).toBe(await packHash(pack));
    const all = await buildPack({ ...input, forAuditor: null });
    expect(all.assignments).toHaveLength(3);
    expect(all.auditors).toHaveLength(2);
  });

  it('carries a custom template', async () => {
    const custom = TemplateSchema.parse({ ...BUILTIN_TEMPLATES[0]!, id: 'our-audit', version: 2 });
    const pack = await buildPack({
      ...input,
      round: { ...round, templateId: 'our-audit' },
      template: custom,
    });
    expect(pack.template).toEqual(custom);
    await expect(buildPack({ ...input, template: custom })).rejects.toThrow(/not the round's template/);
  });
});

describe('verifyPack', () => {
  it('takes back a pack, however it is indented', async () => {
    const pack = await buildPack(input);
    expect(await verifyPack(packText(pack), { now: NOW, expectedRoundId: ROUND_ID })).toEqual({
      ok: true,
      pack,
    });
    expect((await verifyPack(JSON.stringify(pack), { now: NOW })).ok).toBe(true);
  });

  it('refuses a pack with any byte of its content altered', async () => {
    const text = packText(await buildPack(input));
    const altered = [
      text.replace('"P3"', '"P4"'),
      text.replace('"2026-04-30"', '"2026-05-30"'),
      text.replace('"desk"', '"with-worker"'),
      text.replace(/"hash": "sha256:(.)/, (_m, c: string) => `"hash": "sha256:${c === '0' ? '1' : '0'}`),
    ];
    for (const version of altered) {
      expect(version).not.toBe(text);
      const result = await verifyPack(version, { fileName: 'pack.json', now: NOW });
      expect(result).toEqual({
        ok: false,
        error:
          'pack.json has been altered since the QA lead exported it (its content no longer matches its check ' +
          'code), so Margin does not import it. Ask the QA lead to export the pack again.',
      });
    }
  });

  it('refuses a pack of another round', async () => {
    const result = await verifyPack(packText(await buildPack(input)), {
      fileName: 'pack.json',
      expectedRoundId: '11111111-2222-4333-8444-555555555555',
      now: NOW,
    });
    expect(result).toEqual({
      ok: false,
      error: 'pack.json is the pack of another round ("Practice Week, spring 2026"), not of this one.',
    });
  });

  it('refuses what is not a pack, a newer format, and a file that is not JSON', async () => {
    const refusal = async (text: string) => {
      const result = await verifyPack(text, { fileName: 'f.json', now: NOW });
      return result.ok ? '' : result.error;
    };
    expect(await refusal('{"schemaVersion": 2, "audits": []}')).toMatch(
      /is a Margin export of audits, not a round pack/,
    );
    expect(await refusal('[1, 2]')).toBe(
      'f.json is not a Margin round pack: ask the QA lead for the round pack file.',
    );
    expect(await refusal('{"format": "margin-round-pack", "formatVersion": 9}')).toMatch(
      /newer version of Margin/,
    );
    expect(await refusal('{"format": "margin-round-pack", "formatVersion": 1')).toMatch(/not complete JSON/);
    expect(await refusal('')).toBe('f.json is empty.');
    expect(await refusal(`${'['.repeat(100)}${']'.repeat(100)}`)).toMatch(
      /nests objects or lists more than 64 levels/,
    );
  });

  it('refuses a pack whose hash matches but whose content is not a valid pack', async () => {
    const pack = await buildPack(input);
    const rehash = async (content: Record<string, unknown>) =>
      JSON.stringify({ ...content, hash: await packHash(content) });
    const { hash: _hash, ...content } = pack;
    const badDate = await rehash({
      ...content,
      assignments: [{ ...pack.assignments[0], dueOn: 'soon' }, pack.assignments[1]],
    });
    const result = await verifyPack(badDate, { fileName: 'p.json', now: NOW });
    expect(result.ok ? '' : result.error).toMatch(
      /^p\.json is not a valid round pack: p\.json: assignments\[0\].*dueOn/,
    );
    const stray = await rehash({ ...content, candidates: [...pack.candidates, candidate('P9', 'N', 'W')] });
    expect(await verifyPack(stray, { fileName: 'p.json', now: NOW })).toEqual({
      ok: false,
      error: 'p.json is not a valid round pack: it lists cases that are not assigned.',
    });
    const future = await rehash({ ...content, createdAt: '2026-04-05T09:00:00.000Z' });
    const late = await verifyPack(future, { fileName: 'p.json', now: NOW });
    expect(late.ok ? '' : late.error).toMatch(
      /^p\.json: 2026-04-05T09:00:00.000Z is more than a day after this computer's clock/,
    );
  });
});

describe('docs/export/round-pack.schema.json', () => {
  it('accepts a pack Margin builds and refuses one with a stray field', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
    const custom = TemplateSchema.parse({ ...BUILTIN_TEMPLATES[0]!, id: 'our-audit', version: 2 });
    const pack = await buildPack({
      ...input,
      round: { ...round, templateId: 'our-audit' },
      template: custom,
    });
    expect(validate(JSON.parse(packText(pack))), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate({ ...pack, extra: 1 })).toBe(false);
  });
});
