/**
 * Auditors pasted as lines of text, one per line: `name, team, role, capacity[, reference]` (commas or
 * tabs between the parts, as a spreadsheet copies them). The role is written in words ("team manager",
 * "senior practitioner", "QA officer", "peer"); without a reference, the name is the auditor's
 * reference. Taken whole or refused whole, with every problem named by its line.
 */
import { AUDITOR_ROLES, AuditorSchema, refKey, type Auditor } from '../model/round';

/** The role as people write it (letter case, spaces, hyphens ignored) → the stored role. */
const ROLE_WORDS: Record<string, Auditor['role']> = {
  teammanager: 'team-manager',
  manager: 'team-manager',
  seniorpractitioner: 'senior-practitioner',
  qaofficer: 'qa-officer',
  qualityassuranceofficer: 'qa-officer',
  peer: 'peer',
  peerauditor: 'peer',
};

/** A role in words, for screens. */
export const ROLE_LABELS: Record<Auditor['role'], string> = {
  'team-manager': 'Team manager',
  'senior-practitioner': 'Senior practitioner',
  'qa-officer': 'QA officer',
  peer: 'Peer',
};

/** The role a word names, or undefined. */
export function roleOf(word: string): Auditor['role'] | undefined {
  const loose = word.toLowerCase().replace(/[^a-z]/g, '');
  return ROLE_WORDS[loose] ?? AUDITOR_ROLES.find((role) => role.replace('-', '') === loose);
}

export type AuditorLinesResult = { ok: true; auditors: Auditor[] } | { ok: false; problems: string[] };

/** Reads pasted auditor lines; blank lines are skipped. */
export function parseAuditorLines(text: string): AuditorLinesResult {
  const problems: string[] = [];
  const auditors: Auditor[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const at = `Line ${index + 1}`;
    const parts = line.split(/\t|,/).map((part) => part.trim());
    if (parts.length < 4 || parts.length > 5) {
      problems.push(`${at}: write name, team, role, capacity (and a reference if the name is not one).`);
      return;
    }
    const [name, team, roleWord, capacityText, reference] = parts as [
      string,
      string,
      string,
      string,
      string?,
    ];
    const role = roleOf(roleWord);
    if (!role) {
      problems.push(
        `${at}: "${roleWord}" is not a role: write team manager, senior practitioner, QA officer or peer.`,
      );
      return;
    }
    if (!/^\d+$/.test(capacityText)) {
      problems.push(`${at}: the capacity "${capacityText}" is not a whole number of cases.`);
      return;
    }
    const parsed = AuditorSchema.safeParse({
      id: reference || name,
      name,
      team,
      role,
      capacity: Number(capacityText),
    });
    if (!parsed.success) {
      problems.push(`${at}: ${parsed.error.issues[0]!.message}`);
      return;
    }
    const key = refKey(parsed.data.id);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(
        `${at}: ${parsed.data.id} is already on line ${earlier}: give each auditor their own reference.`,
      );
      return;
    }
    seen.set(key, index + 1);
    auditors.push(parsed.data);
  });
  if (problems.length === 0 && auditors.length === 0) problems.push('Enter at least one auditor.');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, auditors };
}
