/**
 * Builds a round's pack (lib/rounds/pack.ts) from what is stored: the round, its template (a built-in
 * or an imported one), its assignments and auditors, and the rows of the assigned cases. One pack per
 * auditor or one for the whole round, named `round-<round>-<auditor or all>.margin-round.json`.
 */
import type { AppDB } from './db';
import type { Outcome } from './round-rows';
import { roundAssignments, roundAuditors } from './round-assign';
import { roundCandidates } from './round-sample';
import { latestTemplates } from './templates';
import { buildPack, packText } from '../rounds/pack';
import { refKey } from '../model/round';

/** Lower-case letters and digits joined by hyphens: `Voice of the child, Q3` → `voice-of-the-child-q3`. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'unnamed'
  );
}

/** The pack of `forAuditor` (a reference), or of the whole round when null, as a file's name and text. */
export async function roundPackFile(
  db: AppDB,
  roundId: string,
  forAuditor: string | null,
  now = new Date(),
): Promise<Outcome<{ name: string; text: string }>> {
  const round = await db.rounds.get(roundId);
  if (!round) return { ok: false, problems: ['That round no longer exists.'] };
  const template = (await latestTemplates(db)).find((t) => t.id === round.templateId);
  if (!template) {
    return {
      ok: false,
      problems: [`The round's template (${round.templateId}) is not in Margin: import it again.`],
    };
  }
  const assignments = await roundAssignments(db, roundId);
  const auditors = await roundAuditors(db, roundId);
  const auditor = forAuditor === null ? null : auditors.find((a) => refKey(a.id) === refKey(forAuditor));
  if (auditor === undefined)
    return { ok: false, problems: [`${forAuditor} is not an auditor of this round.`] };
  if (assignments.length === 0) return { ok: false, problems: ['Assign the cases before making packs.'] };
  const pack = await buildPack({
    round,
    template,
    forAuditor: auditor?.id ?? null,
    assignments,
    auditors,
    candidates: await roundCandidates(db, roundId),
    now: now.toISOString(),
  });
  const name = `round-${slug(round.name)}-${auditor ? slug(auditor.name) : 'all'}.margin-round.json`;
  return { ok: true, value: { name, text: packText(pack) } };
}
