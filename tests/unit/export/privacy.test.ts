import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppDB } from '@/lib/storage/db';
import { getPseudonymKey, PSEUDONYM_KEY_STORAGE, pseudonym } from '@/lib/export/pseudonym';
import {
  addReplies,
  COUNTER_ONLY_PERSON,
  exportAll,
  NAMES,
  PEOPLE,
  QUOTE_CONTEXT,
  QUOTES,
  seed,
  STEP,
} from './fixtures';

let db: AppDB;
beforeEach(async () => {
  db = new AppDB(`export-${crypto.randomUUID()}`);
  await seed(db);
});
afterEach(() => db.delete());

const outputs = (all: Awaited<ReturnType<typeof exportAll>>) => ({
  json: all.json,
  jsonLd: all.jsonLd,
  csv: all.csv,
});

describe('privacy options', () => {
  it('without options, every format carries the quotes, IDs and names, and says so', async () => {
    const all = await exportAll(db);
    for (const text of Object.values(outputs(all))) {
      expect(text).toContain(QUOTES[0]);
      expect(text).toContain(PEOPLE[0]);
      expect(text).toContain(NAMES[0]);
    }
    expect(all.bundle.personalData.contains).toEqual([
      'person identifiers',
      'author names',
      'quoted case-record text',
      'page addresses',
      'free text written by auditors and practitioners',
      'friction reports by practitioners',
    ]);
    expect(all.bundle.personalData.summary).toMatch(
      /^This file holds 7 observations, 2 audits, 1 note, 2 friction/,
    );
  });

  it('redactQuotes removes quoted record text from every format and keeps the auditors’ words', async () => {
    const all = await exportAll(db, { options: { redactQuotes: true, pseudonymise: false } });
    for (const [format, text] of Object.entries(outputs(all))) {
      for (const secret of [...QUOTES, ...QUOTE_CONTEXT.map((s) => s.trim())]) {
        expect(text.includes(secret), `${format} contains "${secret}"`).toBe(false);
      }
      expect(text).not.toContain('TextQuoteSelector');
      expect(text).toContain('Direct work recorded');
    }
    const [first] = all.bundle.observations;
    expect(first?.target).not.toHaveProperty('quote');
    expect(first?.target.selectors.map((s) => s.type)).toEqual(['TextPositionSelector', 'CssSelector']);
    expect(all.bundle.personalData.contains).not.toContain('quoted case-record text');
    expect(all.bundle.personalData.summary).toContain('Quoted case-record text was removed.');
  });

  it('pseudonymise leaves no person ID, step ID or name anywhere, in any format', async () => {
    const all = await exportAll(db, {
      options: { redactQuotes: false, pseudonymise: true },
      filters: { auditor: NAMES[0] },
    });
    expect(all.bundle.observations.length).toBeGreaterThan(0);
    const secrets = [...PEOPLE, COUNTER_ONLY_PERSON, STEP, ...NAMES];
    for (const [format, text] of Object.entries(outputs(all))) {
      for (const secret of secrets)
        expect(text.includes(secret), `${format} contains "${secret}"`).toBe(false);
    }
    expect(all.bundle.exportedBy).toMatch(/^author-[0-9a-f]{12}$/);
    expect(all.bundle.filters.auditor).toBe(all.bundle.observations[0]?.author);
    expect(all.bundle.audits[0]?.caseRef.personId).toMatch(/^person-[0-9a-f]{12}$/);
    const obs = all.bundle.observations[0]!;
    const person = obs.target.page.personId!;
    expect(obs.target.page.path).toBe(`/person/${person}/assessment/${obs.target.page.stepId}`);
    expect(obs.pageKey).toContain(`person:${person}`);
    expect(all.bundle.personalData.contains).toContain('pseudonymised person identifiers');
    expect(all.bundle.personalData.contains).not.toContain('person identifiers');
  });

  it('replaces IDs and names inside free text and counter addresses with the same pseudonyms', async () => {
    const key = await getPseudonymKey();
    const { bundle } = await exportAll(db, { options: { redactQuotes: true, pseudonymise: true }, key });
    const [sam, alex] = [await pseudonym(key, 'author', NAMES[0]), await pseudonym(key, 'author', NAMES[1])];
    const second = await pseudonym(key, 'person', PEOPLE[1]);
    const concern = bundle.observations.find((o) => o.kind === 'concern')!;
    expect(concern.author).toBe(alex);
    expect(concern.comment.startsWith(`Discussed with ${sam} about ${second}:`)).toBe(true);
    expect(concern.evidence?.[0]?.ref).toContain(`/person/${second}/x`);
    expect(bundle.notes[0]?.text).toBe(`Chronology is thin; ${bundle.exportedBy} to review.`);
    const counterPerson = (await pseudonym(key, 'id', COUNTER_ONLY_PERSON)).slice(3);
    for (const row of bundle.frictionCounters) {
      expect(row.screen).toBe(`/person/id-${counterPerson}/contacts`);
      expect(row.key.startsWith(row.screenDay)).toBe(true);
      expect(row.screenDay).toBe(`${row.day}|${row.screenRef}`);
    }
  });

  it('treats replies like comments: authors pseudonymised, names and IDs in their text replaced, and says so', async () => {
    await addReplies(db);
    const key = await getPseudonymKey();
    const plain = await exportAll(db);
    expect(plain.bundle.replies).toHaveLength(3);
    expect(plain.bundle.personalData.summary).toMatch(
      /^This file holds 7 observations \(with 3 replies\), 2 audits/,
    );
    const { bundle, json, jsonLd, csv } = await exportAll(db, {
      options: { redactQuotes: true, pseudonymise: true },
      key,
    });
    for (const [format, text] of Object.entries({ json, jsonLd, csv }))
      for (const secret of [...PEOPLE, ...NAMES])
        expect(text.includes(secret), `${format} contains "${secret}"`).toBe(false);
    const [sam, jo] = [await pseudonym(key, 'author', NAMES[0]), await pseudonym(key, 'author', NAMES[2])];
    const answer = bundle.replies!.find((r) => r.authorRole === 'practitioner')!;
    expect(answer.author).toBe(jo);
    expect(answer.text).toBe(
      `${sam}: ${await pseudonym(key, 'person', PEOPLE[1])} was seen alone at school; the note is on the visits screen.`,
    );
    expect(bundle.personalData.contains).toContain('pseudonymised author names');
    expect(bundle.personalData.contains).toContain('free text written by auditors and practitioners');
  });

  it('gives the same pseudonyms in two exports with the same stored key, and different ones with a new key', async () => {
    const options = { redactQuotes: false, pseudonymise: true };
    const first = await exportAll(db, { options });
    const stored = (await fakeBrowser.storage.local.get(PSEUDONYM_KEY_STORAGE))[PSEUDONYM_KEY_STORAGE];
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    const second = await exportAll(db, { options });
    const persons = (all: typeof first) => all.bundle.observations.map((o) => o.target.page.personId);
    const authors = (all: typeof first) => all.bundle.audits.map((a) => a.auditor);
    expect(persons(second)).toEqual(persons(first));
    expect(authors(second)).toEqual(authors(first));
    expect(new Set(persons(first)).size).toBe(2);
    await fakeBrowser.storage.local.remove(PSEUDONYM_KEY_STORAGE);
    const third = await exportAll(db, { options });
    expect(persons(third)).not.toEqual(persons(first));
  });

  it('creates one key even when asked concurrently', async () => {
    const [a, b] = await Promise.all([getPseudonymKey(), getPseudonymKey()]);
    expect(await pseudonym(a, 'person', 'P1')).toBe(await pseudonym(b, 'person', 'P1'));
    expect(await pseudonym(a, 'person', 'P1')).not.toBe(await pseudonym(a, 'author', 'P1'));
  });
});
