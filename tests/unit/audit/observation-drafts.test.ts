// Drafts of new observations: one per screen, validated when read, gone once saved or discarded or
// after 30 days.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dropDraft, keepDraft, keptDraft } from '@/lib/audit/observation-drafts';

const target = {
  page: { origin: 'http://127.0.0.1:4173', path: '/person/P1', adapter: 'demo', personId: 'P1' },
  selectors: [],
};
const fields = { kind: 'concern' as const, comment: 'Half written', factors: [] };

afterEach(() => vi.useRealTimers());

describe('observation drafts', () => {
  it('keeps one draft per screen until it is dropped', async () => {
    await keepDraft('screen-a', { target, fields });
    await keepDraft('screen-a', { target, fields: { ...fields, comment: 'Rewritten' } });
    await keepDraft('screen-b', { target, fields: { ...fields, comment: 'Other screen' } });
    expect((await keptDraft('screen-a'))?.fields.comment).toBe('Rewritten');
    expect((await keptDraft('screen-b'))?.fields.comment).toBe('Other screen');
    await dropDraft('screen-a');
    expect(await keptDraft('screen-a')).toBeNull();
    expect(await keptDraft('screen-b')).not.toBeNull();
  });

  it('ignores a malformed stored draft and one older than 30 days', async () => {
    await fakeBrowser.storage.local.set({
      observationDrafts: { broken: { target: 'x', fields: {}, savedAt: 1 } },
    });
    expect(await keptDraft('broken')).toBeNull();
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    await keepDraft('old', { target, fields });
    vi.setSystemTime(new Date('2026-02-15T00:00:00Z'));
    expect(await keptDraft('old')).toBeNull();
  });
});
