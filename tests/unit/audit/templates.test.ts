import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppDB } from '@/lib/storage/db';
import { allTemplates, findTemplate, importTemplate, latestTemplates } from '@/lib/storage/templates';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import { describeIssues } from '@/lib/messaging/router';
import { RAG } from '@/lib/audit/scales';

const valid = {
  id: 'peer-audit',
  name: 'Peer audit',
  version: 1,
  scale: RAG,
  sections: [
    { id: 'voice', title: 'Voice of the child', prompts: ['Seen alone?'], required: true },
    { id: 'scaling', title: 'Scaling', scale: { type: 'numeric', name: 'Scaling', min: 0, max: 10 } },
  ],
};

let db: AppDB;
beforeEach(() => {
  db = new AppDB(`templates-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

async function refusal(raw: unknown): Promise<string> {
  try {
    await importTemplate(db, raw);
  } catch (error) {
    return error instanceof z.ZodError ? describeIssues(error) : (error as Error).message;
  }
  throw new Error('expected the import to be refused');
}

describe('template import', () => {
  it('imports a valid template and keeps each version', async () => {
    await importTemplate(db, valid);
    await importTemplate(db, { ...valid, version: 2, name: 'Peer audit v2' });
    expect((await findTemplate(db, 'peer-audit', 1))?.name).toBe('Peer audit');
    expect((await latestTemplates(db)).find((t) => t.id === 'peer-audit')?.version).toBe(2);
    expect(await allTemplates(db)).toHaveLength(BUILTIN_TEMPLATES.length + 2); // and both versions
  });

  it('keeps a section’s compliance question, and refuses an empty or unknown one', async () => {
    const withQuestion = {
      ...valid,
      id: 'with-compliance',
      sections: [{ ...valid.sections[0], compliance: { question: 'Visits within timescale recorded?' } }],
    };
    await importTemplate(db, withQuestion);
    const stored = await findTemplate(db, 'with-compliance', 1);
    expect(stored?.sections[0]?.compliance).toEqual({ question: 'Visits within timescale recorded?' });
    expect(
      await refusal({
        ...withQuestion,
        id: 'empty-q',
        sections: [{ ...withQuestion.sections[0], compliance: { question: '' } }],
      }),
    ).toMatch(/sections\.0\.compliance\.question/);
    expect(
      await refusal({
        ...withQuestion,
        id: 'odd-q',
        sections: [{ ...withQuestion.sections[0], compliance: { ask: 'x' } }],
      }),
    ).toMatch(/sections\.0\.compliance/);
  });

  it.each([
    [{ ...valid, sections: [] }, /^sections: /],
    [
      { ...valid, sections: [valid.sections[0], { ...valid.sections[0] }] },
      /sections\.1\.id: repeats section id "voice"/,
    ],
    [{ ...valid, sections: [{ ...valid.sections[0], id: 'Voice Of' }] }, /sections\.0\.id: use lower-case/],
    [
      {
        ...valid,
        sections: [
          valid.sections[0],
          { ...valid.sections[1], scale: { type: 'numeric', name: 'S', min: 5, max: 5 } },
        ],
      },
      /sections\.1\.scale\.max: must be greater than min/,
    ],
    [{ ...valid, scale: { type: 'stars' } }, /^scale/],
    [{ ...valid, version: '1' }, /^version: /],
    [{ ...valid, extra: true }, /extra/],
    ['not an object', /^message: /],
  ])('refuses an invalid template, naming the place (%#)', async (raw, where) => {
    expect(await refusal(raw)).toMatch(where);
    expect(await db.templates.count()).toBe(0);
  });

  it('refuses to replace a built-in template', async () => {
    expect(await refusal({ ...valid, id: 'learning-case-file-audit' })).toMatch(/built-in/);
    expect(await db.templates.count()).toBe(0);
  });
});
