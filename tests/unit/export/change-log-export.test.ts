// The NDJSON change log: incremental from a sequence number, closed by a manifest that checks, tombstones for deletions, private by the options.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { AppDB } from '@/lib/storage/db';
import { streamChangeLog, changeLogFileName, type ChangeLogRequest } from '@/lib/export/change-log-export';
import { deleteObservation } from '@/lib/storage/observations';
import { importPseudonymKey } from '@/lib/export/pseudonym';
import { seedRound } from './change-log-fixture';

let db: AppDB;
beforeEach(() => {
  db = new AppDB(`ndjson-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const plain = { pseudonymise: false, redactQuotes: false };
const request = (
  fromSeq: number,
  options = plain,
  extra: Partial<ChangeLogRequest> = {},
): ChangeLogRequest => ({
  fromSeq,
  options,
  exportedBy: 'Quinn Lead',
  generatorVersion: '0.1.0',
  exportedAt: '2026-12-07T23:00:00.000Z',
  ...extra,
});

async function linesOf(req: ChangeLogRequest) {
  const { blob, manifest } = await streamChangeLog(db, req);
  const text = await blob.text();
  const lines = text.split('\n').filter(Boolean);
  return {
    text,
    manifest,
    records: lines.slice(0, -1).map((l) => JSON.parse(l)),
    last: JSON.parse(lines.at(-1)!),
  };
}

describe('the change-log export (NDJSON)', () => {
  it('writes one line per record at its latest change, closed by a manifest whose hash checks', async () => {
    await seedRound(db);
    const { text, manifest, records, last } = await linesOf(request(0));
    expect(last).toEqual({ manifest });
    expect(records).toHaveLength(manifest.lines);
    expect(manifest.counts).toEqual({ round: 1, audit: 5, observation: 4, 'friction-flag': 4 });
    expect(records.map((r) => r.seq)).toEqual([...records.map((r) => r.seq)].sort((a, b) => a - b));
    expect(manifest.toSeq).toBe(records.at(-1).seq);
    for (const r of records)
      expect(Object.keys(r)).toEqual([
        'kind',
        'id',
        'rev',
        'parentRev',
        'seq',
        'device',
        'author',
        'updatedAt',
        'deleted',
        'data',
      ]);
    const before = text.slice(0, text.lastIndexOf('{"manifest"'));
    expect(manifest.sha256).toBe(bytesToHex(sha256(utf8ToBytes(before))));
    // A changed byte no longer matches.
    expect(bytesToHex(sha256(utf8ToBytes(before.replace('Voice', 'voice'))))).not.toBe(manifest.sha256);
    // Flags are written as the Margin JSON schema has them (no stored-only index field).
    expect(records.find((r) => r.kind === 'friction-flag').data.screenRef).toBeUndefined();
  });

  it('gives only the changes after sequence N, and nothing when nothing changed', async () => {
    const { audits } = await seedRound(db);
    const first = await linesOf(request(0));
    const again = await linesOf(request(first.manifest.toSeq));
    expect(again.records).toEqual([]);
    expect(again.manifest).toMatchObject({
      lines: 0,
      fromSeq: first.manifest.toSeq,
      toSeq: first.manifest.toSeq,
    });
    const audit = (await db.audits.get(audits[3]!.id))!;
    await db.audits.put({ ...audit, summary: 'Later.' });
    const later = await linesOf(request(first.manifest.toSeq));
    expect(later.records).toHaveLength(1);
    expect(later.records[0]).toMatchObject({
      kind: 'audit',
      id: audit.id,
      deleted: false,
      data: { summary: 'Later.' },
    });
    expect(later.records[0].parentRev).toBe(first.records.find((r) => r.id === audit.id).rev);
  });

  it('writes a deletion as a tombstone line with no data', async () => {
    await seedRound(db);
    const first = await linesOf(request(0));
    const observation = first.records.find((r) => r.kind === 'observation');
    await deleteObservation(db, observation.id);
    const later = await linesOf(request(first.manifest.toSeq));
    expect(later.records).toEqual([
      expect.objectContaining({
        kind: 'observation',
        id: observation.id,
        deleted: true,
        data: null,
        parentRev: observation.rev,
      }),
    ]);
    expect(later.manifest.deleted).toBe(1);
    expect(later.manifest.personalData).toContain('deletions');
  });

  it('pseudonymises names and person IDs and leaves quotes out on request', async () => {
    await seedRound(db);
    const key = await importPseudonymKey('ab'.repeat(32));
    const { text, manifest } = await linesOf(request(0, { pseudonymise: true, redactQuotes: true }, { key }));
    for (const secret of ['Sam Auditor', 'Ann Auditor', 'Quinn Lead', 'Pat', 'P100', 'seen alone'])
      expect(text).not.toContain(secret);
    expect(text).toMatch(/author-[0-9a-f]{12}/);
    expect(text).toMatch(/person-[0-9a-f]{12}/);
    expect(manifest.exportedBy).toMatch(/^author-/);
    expect(manifest.personalData).toContain('pseudonyms');
    expect(manifest.personalData).toContain('Quoted case-record text is left out');
    expect(changeLogFileName(manifest)).toMatch(/-pseudonymised-without-quotes\.ndjson$/);
    await expect(
      streamChangeLog(db, request(0, { pseudonymise: true, redactQuotes: false })),
    ).rejects.toThrow(/key/);
  });

  it('writes the same file whatever the page size', async () => {
    await seedRound(db);
    const whole = await (await streamChangeLog(db, request(0))).blob.text();
    const paged = await (await streamChangeLog(db, request(0, plain, { pageSize: 2 }))).blob.text();
    expect(paged).toBe(whole);
  });
});
