// The change log loaded into DuckDB with the SQL of docs/analysis.md gives the round report's own figures.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { AppDB } from '@/lib/storage/db';
import { streamChangeLog } from '@/lib/export/change-log-export';
import { roundReportInput } from '@/lib/storage/round-report';
import { buildRoundReport } from '@/lib/rounds/report';
import { recordingNamer } from '@/lib/export/namer';
import { gradeLabel } from '@/lib/audit/scales';
import { categoryLabel } from '@/lib/friction/categories';
import { FACTORS } from '@/lib/audit/factors';
import { byFactor } from '@/lib/dashboard/aggregates';
import { seedRound, template } from './change-log-fixture';
import type { RoundReportSummary } from '@/lib/model/round-report';

/** The named SQL blocks of docs/analysis.md (`-- name: x` on their first line). */
function documentedSql(): Record<string, string> {
  const text = readFileSync(join(process.cwd(), 'docs/analysis.md'), 'utf8');
  const blocks: Record<string, string> = {};
  for (const [, name, body] of text.matchAll(/```sql\n-- name: (\S+)\n([\s\S]*?)```/g)) blocks[name!] = body!;
  return blocks;
}

let dir: string;
let db: AppDB;
let duck: DuckDBConnection;
let report: RoundReportSummary;
let roundId: string;
const sql = documentedSql();
const rows = async (name: string) =>
  (await duck.runAndReadAll(sql[name]!)).getRowObjectsJson() as Record<string, string | number | null>[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'margin-changes-'));
  db = new AppDB(`duck-${crypto.randomUUID()}`);
  const { round } = await seedRound(db);
  roundId = round.id;
  const options = { pseudonymise: false, redactQuotes: false };
  const base = { options, exportedBy: 'Quinn Lead', generatorVersion: '0.1.0' };
  // Two incremental files: everything so far, then what changed after (a later edit of one audit).
  const first = await streamChangeLog(db, { ...base, fromSeq: 0, exportedAt: new Date().toISOString() });
  writeFileSync(join(dir, 'margin-changes-a.ndjson'), await first.blob.text());
  const someAudit = (await db.audits.where('status').equals('in-progress').first())!;
  await db.audits.put({ ...someAudit, summary: 'Edited later.' });
  const second = await streamChangeLog(db, {
    ...base,
    fromSeq: first.manifest.toSeq,
    exportedAt: new Date().toISOString(),
  });
  expect(second.manifest.lines).toBe(1);
  writeFileSync(join(dir, 'margin-changes-b.ndjson'), await second.blob.text());

  const input = await roundReportInput(db, round.id, [template], new Date().toISOString().slice(0, 10));
  report = buildRoundReport(input!, recordingNamer());
  duck = await (await DuckDBInstance.create(':memory:')).connect();
  await duck.run(`SET file_search_path = '${dir}'`);
  await duck.run(sql.load!);
  await duck.run(sql.latest!);
  await duck.run(`SET VARIABLE round_id = '${roundId}'`);
}, 60_000);

afterAll(async () => {
  duck?.closeSync();
  await db?.delete();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the change log in DuckDB, with the documented SQL', () => {
  it('loads every record once at its latest version, and reads both manifests', async () => {
    const kinds = await duck.runAndReadAll(
      'SELECT kind, count(*) AS n FROM live GROUP BY kind ORDER BY kind',
    );
    expect(Object.fromEntries(kinds.getRowObjectsJson().map((r) => [r.kind, Number(r.n)]))).toEqual({
      audit: 5,
      'friction-flag': 4,
      observation: 4,
      round: 1,
    });
    const edited = await duck.runAndReadAll(
      `SELECT count(*) AS n FROM live WHERE data->>'summary' = 'Edited later.'`,
    );
    expect(Number(edited.getRowObjectsJson()[0]!.n)).toBe(1);
    const manifests = await rows('manifests');
    expect(manifests).toHaveLength(2);
  });

  it('counts the round’s audits per status as the round report does', async () => {
    const byStatus = Object.fromEntries(
      (await rows('audits-per-status')).map((r) => [r.status, Number(r.audits)]),
    );
    expect(byStatus).toEqual({
      finished: report.audits.finished,
      'in-progress': report.audits.total - report.audits.finished,
    });
  });

  it('gives the round report’s overall grade distribution', async () => {
    const scale = template.overallScale ?? template.scale;
    const fromDuck = new Map(
      (await rows('grade-distribution')).map((r) => [gradeLabel(scale, String(r.grade)), Number(r.audits)]),
    );
    const fromReport = new Map(
      report.grades.overall.filter((g) => g.count > 0).map((g) => [g.label, g.count]),
    );
    expect(fromDuck).toEqual(fromReport);
    expect(fromDuck.get('Good')).toBe(2);
  });

  it('counts contributory factors by pattern as the round report does', async () => {
    const fromDuck = Object.fromEntries(
      (await rows('factors-by-pattern')).map((r) => [
        r.factor,
        { strengths: Number(r.strengths), concerns: Number(r.concerns) },
      ]),
    );
    const fromReport = Object.fromEntries(
      report.factors
        .filter((f) => f.strengths + f.concerns > 0)
        .map((f) => [f.id, { strengths: f.strengths, concerns: f.concerns }]),
    );
    expect(fromDuck).toEqual(fromReport);
    expect(fromDuck['human-tool']).toEqual({ strengths: 0, concerns: 2 });
  });

  it('counts friction on the round’s cases as the round report does', async () => {
    const friction = await rows('friction');
    const byCategory = new Map(
      friction.map((r) => [categoryLabel(String(r.category) as never), Number(r.flags)]),
    );
    expect(byCategory).toEqual(new Map(report.friction.byCategory.map((c) => [c.label, c.count])));
    expect(friction.reduce((sum, r) => sum + Number(r.flags), 0)).toBe(report.friction.flags);
    expect(friction.reduce((sum, r) => sum + Number(r.minutes_lost), 0)).toBe(report.friction.minutesLost);
    expect(report.friction.flags).toBe(3);
  });

  it('gives the dashboard’s factor chart over every observation', async () => {
    const all = await duck.runAndReadAll(
      sql['factors-by-pattern']!.replace(
        /AND \(o\.data->>'auditId'\) IN \(SELECT id FROM round_audits\)/,
        '',
      ),
    );
    const series = byFactor(await db.observations.toArray());
    const fromDuck = new Map(
      all.getRowObjectsJson().map((r) => [String(r.factor), [Number(r.strengths), Number(r.concerns)]]),
    );
    for (const [i, factor] of FACTORS.entries()) {
      const expected = [series.datasets[0]!.data[i]!, series.datasets[1]!.data[i]!];
      expect(fromDuck.get(factor.id) ?? [0, 0]).toEqual(expected);
    }
  });
});
