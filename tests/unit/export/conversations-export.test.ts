// Conversation records in exports and imports: left out unless chosen; when chosen, reduced like quotes
// (names and a family's own words left out with quoted text; authors, names and known IDs pseudonymised)
// and named in the personal-data statement; a full export imports them into another profile, and a file
// with a bad conversation row is refused with a clear message and nothing written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/storage/db';
import { exportFile } from '@/lib/export/export-file';
import { MarginBundleSchema } from '@/lib/export/bundle-schema';
import { importPseudonymKey, pseudonym } from '@/lib/export/pseudonym';
import { importFiles } from '@/lib/export/import/import-many';
import { startAudit } from '@/lib/storage/audits';
import { createObservation } from '@/lib/storage/observations';
import { createConversation } from '@/lib/storage/conversations';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import { REQUEST } from './fixtures';

const NOW = new Date('2026-11-30T10:00:00.000Z');
const EPISODES = 'Jo Brennan spoke of the strategy discussion for P7001 on 3 May.';
const OWN_WORDS = 'Nobody asked me what I wanted, said Maya Brennan.';
let db: AppDB;
let key: CryptoKey;
beforeEach(async () => {
  db = new AppDB(`export-conversations-${crypto.randomUUID()}`);
  key = await importPseudonymKey('5a'.repeat(32));
  const audit = await startAudit(db, BUILTIN_TEMPLATES[0]!, { personId: 'P7001' }, 'Sam Patel', NOW);
  const observation = await createObservation(
    db,
    {
      fields: {
        auditId: audit.id,
        kind: 'concern',
        comment: 'Plan not reviewed.',
        evidenceSource: 'case-record',
        factors: [],
      },
      target: {
        page: { origin: 'http://127.0.0.1:4173', path: '/person/P7001', adapter: 'demo', personId: 'P7001' },
        selectors: [],
      },
      author: 'Sam Patel',
    },
    NOW,
  );
  await createConversation(
    db,
    {
      auditId: audit.id,
      withRole: 'parent-carer',
      name: 'Jo Brennan',
      date: '2026-11-29',
      mode: 'phone',
      consent: 'given',
      prompts: { episodes: EPISODES, ownWords: OWN_WORDS },
      factors: [{ factor: 'family-professional' }],
      observationIds: [observation.id],
      sectionIds: [],
    },
    'Sam Patel',
    NOW,
  );
});
afterEach(() => db.delete());

const exported = async (options: Partial<typeof REQUEST.options>) => {
  const file = await exportFile(db, { ...REQUEST, options: { ...REQUEST.options, ...options }, key });
  const text = await file.blob.text();
  return { text, bundle: MarginBundleSchema.parse(JSON.parse(text)) };
};

describe('conversation records in exports', () => {
  it('are left out unless chosen: no record, no text, not in the statement', async () => {
    const { text, bundle } = await exported({});
    expect(bundle.conversations).toBeUndefined();
    expect(text).not.toContain('strategy discussion');
    expect(text).not.toContain('Nobody asked me');
    expect(bundle.personalData.contains).not.toContain(
      'conversation records with practitioners and families',
    );
  });

  it('are included when chosen, whole in a full export, and said so', async () => {
    const { bundle } = await exported({ includeConversations: true });
    expect(bundle.conversations).toHaveLength(1);
    expect(bundle.conversations![0]).toMatchObject({
      name: 'Jo Brennan',
      prompts: { episodes: EPISODES, ownWords: OWN_WORDS },
    });
    expect(bundle.personalData.contains).toContain('conversation records with practitioners and families');
    expect(bundle.personalData.summary).toMatch(/1 conversation record .*own words/);
  });

  it('lose the name and the family’s own words with quoted text, and are pseudonymised like quotes', async () => {
    const { text, bundle } = await exported({
      includeConversations: true,
      redactQuotes: true,
      pseudonymise: true,
    });
    const [c] = bundle.conversations!;
    expect(c).not.toHaveProperty('name');
    expect(c!.prompts.ownWords).toBeUndefined();
    expect(c!.author).toBe(await pseudonym(key, 'author', 'Sam Patel'));
    expect(c!.prompts.episodes).toContain('strategy discussion');
    expect(c!.prompts.episodes).toContain(await pseudonym(key, 'person', 'P7001'));
    for (const secret of ['P7001', 'Sam Patel', 'Jo Brennan', 'Nobody asked me'])
      expect(text).not.toContain(secret);
    expect(bundle.personalData.summary).toMatch(/own words were left out; authors, names and known IDs/);
  });

  it('pseudonymise a name added on purpose, and find it in the text', async () => {
    const { text, bundle } = await exported({ includeConversations: true, pseudonymise: true });
    const [c] = bundle.conversations!;
    const jo = await pseudonym(key, 'person', 'Jo Brennan');
    expect(c!.name).toBe(jo);
    expect(c!.prompts.episodes).toMatch(new RegExp(`^${jo} spoke`));
    expect(text).not.toContain('Jo Brennan');
  });
});

describe('conversation records in imports', () => {
  it('a full export brings them into another profile, with their links', async () => {
    const { text } = await exported({ includeConversations: true });
    const other = new AppDB(`import-conversations-${crypto.randomUUID()}`);
    try {
      const [outcome] = await importFiles(other, [{ fileName: 'sam.json', text }]);
      expect(outcome).toMatchObject({ ok: true });
      expect(await other.conversations.toArray()).toEqual(await db.conversations.toArray());
    } finally {
      await other.delete();
    }
  });

  it('refuses a file with a bad conversation row or one without its audit, naming it, writing nothing', async () => {
    const { text } = await exported({ includeConversations: true });
    const file = JSON.parse(text) as { conversations: Record<string, unknown>[]; audits: unknown[] };
    const badRole = structuredClone(file);
    badRole.conversations[0]!.withRole = 'neighbour';
    const orphan = structuredClone(file);
    orphan.audits = [];
    const other = new AppDB(`import-bad-conversations-${crypto.randomUUID()}`);
    try {
      const outcomes = await importFiles(other, [
        { fileName: 'role.json', text: JSON.stringify(badRole) },
        { fileName: 'orphan.json', text: JSON.stringify(orphan) },
      ]);
      const errors = outcomes.flatMap((o) => ('errors' in o ? o.errors : []));
      expect(outcomes.every((o) => !o.ok)).toBe(true);
      expect(errors.join('\n')).toMatch(/role\.json: conversations\[0\].*withRole/);
      expect(errors.join('\n')).toMatch(/orphan\.json: conversations\[0\].*audit that is not in this file/);
      expect(await other.conversations.count()).toBe(0);
      expect(await other.observations.count()).toBe(0);
      expect(await other.importedFiles.count()).toBe(0);
    } finally {
      await other.delete();
    }
  });
});
