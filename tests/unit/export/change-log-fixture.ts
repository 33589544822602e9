// A round's records made with Margin's own storage functions, for the change-log export tests.
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import { scaleValues } from '@/lib/audit/scales';
import { finishAudit, startAudit, updateSection } from '@/lib/storage/audits';
import { createObservation } from '@/lib/storage/observations';
import { createFlag } from '@/lib/storage/friction-flags';
import { createRound } from '@/lib/storage/rounds';
import { sectionScale } from '@/lib/model/template';
import type { AppDB } from '@/lib/storage/db';
import type { Observation, ObservationFields, ObservationTarget } from '@/lib/model/observation';
import type { Round } from '@/lib/model/round';

export const template = BUILTIN_TEMPLATES[0]!;

export const targetOf = (personId: string): ObservationTarget => ({
  page: { origin: 'http://127.0.0.1:4173', path: `/person/${personId}`, adapter: 'demo', personId },
  selectors: [{ type: 'TextQuoteSelector', exact: 'seen alone', prefix: 'Maya was ', suffix: ' today' }],
  quote: 'seen alone',
});

const observationFields = (
  auditId: string,
  kind: Observation['kind'],
  factors: ObservationFields['factors'],
): ObservationFields => ({
  auditId,
  kind,
  comment: `Sam Auditor saw ${kind} in the record of P100.`,
  evidenceSource: 'case-record',
  factors,
});

/** An audit of `personId` in `round`, finished with `overall` (or left in progress when undefined). */
async function audit(db: AppDB, round: Round, personId: string, auditor: string, overall?: string) {
  const started = await startAudit(db, template, { personId }, auditor, new Date(), {
    roundId: round.id,
    assignmentId: crypto.randomUUID(),
  });
  if (overall === undefined) return started;
  for (const section of template.sections.filter((s) => s.required)) {
    const values = scaleValues(sectionScale(template, section));
    await updateSection(db, started.id, section.id, {
      ...(values.length > 0 ? { grade: values[1] ?? values[0] } : {}),
      justification: 'As recorded.',
      complete: true,
    });
  }
  return finishAudit(db, started.id, overall, 'Summary.');
}

/** A round with 4 audits (3 finished), tagged observations, flags on its cases and one elsewhere. */
export async function seedRound(db: AppDB) {
  const planned = await createRound(db, {
    name: 'Voice of the child',
    theme: 'Voice of the child',
    purpose: 'Learning.',
    templateId: template.id,
    opensOn: '2026-11-01',
    closesOn: '2026-12-31',
    owner: 'Quinn Lead',
  });
  if (!planned.ok) throw new Error('round refused');
  const round = planned.value;
  const audits = [
    await audit(db, round, 'P100', 'Sam Auditor', 'good'),
    await audit(db, round, 'P101', 'Sam Auditor', 'good'),
    await audit(db, round, 'P102', 'Ann Auditor', 'requires-improvement'),
    await audit(db, round, 'P103', 'Ann Auditor'),
  ];
  const other = await startAudit(db, template, { personId: 'P900' }, 'Ann Auditor');
  const tags = [
    { factor: 'human-tool', subItem: 'assessment-forms' },
    { factor: 'human-tool', subItem: 'ict-systems' },
  ];
  await createObservation(db, {
    fields: observationFields(audits[0]!.id, 'concern', tags),
    target: targetOf('P100'),
    author: 'Sam Auditor',
  });
  await createObservation(db, {
    fields: observationFields(audits[1]!.id, 'strength', [{ factor: 'family-professional' }]),
    target: targetOf('P101'),
    author: 'Sam Auditor',
  });
  await createObservation(db, {
    fields: observationFields(audits[2]!.id, 'concern', [{ factor: 'human-management' }, ...tags]),
    target: targetOf('P102'),
    author: 'Ann Auditor',
  });
  await createObservation(db, {
    fields: observationFields(other.id, 'concern', tags),
    target: targetOf('P900'),
    author: 'Ann Auditor',
  });
  await createFlag(
    db,
    { category: 'slow-or-crashing', severity: 'high', minutesLost: 20 },
    targetOf('P100'),
    'Pat',
  );
  await createFlag(
    db,
    { category: 'duplicate-entry', severity: 'low', minutesLost: 5 },
    targetOf('P101'),
    'Pat',
  );
  await createFlag(db, { category: 'duplicate-entry', severity: 'medium' }, targetOf('P102'), 'Pat');
  await createFlag(
    db,
    { category: 'duplicate-entry', severity: 'high', minutesLost: 60 },
    targetOf('P900'),
    'Pat',
  );
  return { round, audits, other };
}
