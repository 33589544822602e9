// Conversation records: stored with author and times, linked only to their own audit's observations,
// edited with a conflict check, deleted with every kept version, listed by audit in the order they took place.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/storage/db';
import { startAudit } from '@/lib/storage/audits';
import { createObservation } from '@/lib/storage/observations';
import {
  allConversations,
  conversationsForAudit,
  createConversation,
  deleteConversation,
  updateConversation,
} from '@/lib/storage/conversations';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import type { ConversationFields } from '@/lib/model/conversation';
import type { Audit } from '@/lib/model/audit';

const NOW = new Date('2026-12-07T12:00:00.000Z');
const template = BUILTIN_TEMPLATES[0]!;
let db: AppDB;
let audit: Audit;
beforeEach(async () => {
  db = new AppDB(`conversations-${crypto.randomUUID()}`);
  audit = await startAudit(db, template, { personId: 'P1' }, 'Sam Patel', NOW);
});
afterEach(() => db.delete());

const fields = (change: Partial<ConversationFields> = {}): ConversationFields => ({
  auditId: audit.id,
  withRole: 'case-holder',
  date: '2026-12-07',
  mode: 'in-person',
  prompts: { episodes: 'The strategy discussion on 3 May.', helped: '  Weekly supervision.  ' },
  factors: [{ factor: 'human-management' }],
  observationIds: [],
  sectionIds: [template.sections[0]!.id],
  ...change,
});

const observe = (auditId: string | null) =>
  createObservation(
    db,
    {
      fields: {
        auditId,
        kind: 'strength',
        comment: 'Seen alone.',
        evidenceSource: 'case-record',
        factors: [],
      },
      target: { page: { origin: 'http://127.0.0.1:4173', path: '/p', adapter: 'demo' }, selectors: [] },
      author: 'Sam Patel',
    },
    NOW,
  );

describe('conversation records storage', () => {
  it('stores a record with author and times, its text trimmed, linked to observations of its audit', async () => {
    const [a, b] = [await observe(audit.id), await observe(audit.id)];
    const saved = await createConversation(db, fields({ observationIds: [a.id, b.id] }), 'Sam Patel', NOW);
    expect(saved).toMatchObject({
      author: 'Sam Patel',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      observationIds: [a.id, b.id],
    });
    expect(saved.prompts.helped).toBe('Weekly supervision.');
    expect(await conversationsForAudit(db, audit.id)).toEqual([saved]);
  });

  it('refuses links to another audit’s observation or a missing audit, writing nothing', async () => {
    const elsewhere = await observe(null);
    await expect(
      createConversation(db, fields({ observationIds: [elsewhere.id] }), 'Sam', NOW),
    ).rejects.toThrow(/does not belong to this audit/);
    await expect(
      createConversation(db, fields({ auditId: crypto.randomUUID() }), 'Sam', NOW),
    ).rejects.toThrow(/audit .* no longer exists/);
    await expect(
      createConversation(db, { ...fields(), date: '7 December' } as ConversationFields, 'Sam', NOW),
    ).rejects.toThrow();
    expect(await db.conversations.count()).toBe(0);
  });

  it('edits keep the author, creation and audit, and refuse a save over a newer version', async () => {
    const saved = await createConversation(db, fields(), 'Sam Patel', NOW);
    const other = await startAudit(db, template, { personId: 'P2' }, 'Sam', NOW);
    const later = new Date(NOW.getTime() + 60_000);
    const edited = await updateConversation(
      db,
      saved.id,
      fields({ auditId: other.id, mode: 'phone', prompts: { ownWords: 'She felt listened to.' } }),
      saved.updatedAt,
      later,
    );
    expect(edited).toMatchObject({
      id: saved.id,
      auditId: audit.id,
      author: 'Sam Patel',
      createdAt: saved.createdAt,
      updatedAt: later.toISOString(),
      mode: 'phone',
      prompts: { ownWords: 'She felt listened to.' },
    });
    await expect(updateConversation(db, saved.id, fields(), saved.updatedAt, later)).rejects.toMatchObject({
      name: 'ConflictError',
    });
    expect(await db.conversations.get(saved.id)).toEqual(edited);
  });

  it('deletes a record and every kept version of it; lists all in the order they took place', async () => {
    const late = await createConversation(db, fields({ date: '2026-12-05' }), 'Sam', NOW);
    const early = await createConversation(db, fields({ date: '2026-11-30' }), 'Sam', NOW);
    expect((await allConversations(db)).map((c) => c.id)).toEqual([early.id, late.id]);
    await db.recordHistory.add({
      id: crypto.randomUUID(),
      table: 'conversations',
      recordId: late.id,
      version: late,
      reason: 'import-outdated',
      at: NOW.toISOString(),
      source: 'file.json',
    });
    expect(await deleteConversation(db, late.id)).toEqual(late);
    expect(await deleteConversation(db, late.id)).toBeNull();
    expect(await db.recordHistory.count()).toBe(0);
    expect(await conversationsForAudit(db, audit.id)).toEqual([early]);
  });
});
