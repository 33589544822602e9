// Compliance beside quality in the demo: a Margin JSON file of four finished audits outside any round,
// whose compliance answers and grades diverge in places (visits "recorded within timescale" but the
// child's voice poorly evidenced; a plan reviewed late but well), with two observations and a friction
// flag "recorded to satisfy an indicator". The demo tour imports it and saves divergence.png (and at
// 200% zoom); the divergence browser test imports it too.

/** The demo file; `origin` is the demo system's. Expected counts are in `DIVERGENCE_EXPECTED`. */
export function divergenceFile(origin) {
  const at = new Date(Date.now() - 2 * 3_600_000).toISOString();
  const s = (grade, compliance) => ({
    grade,
    compliance,
    complete: true,
    justification: 'Read in the record.',
  });
  const audit = (personId, sections) => ({
    id: crypto.randomUUID(),
    templateId: 'learning-case-file-audit',
    templateVersion: 1,
    caseRef: { personId },
    auditor: 'Jo Okafor',
    status: 'finished',
    sections,
    overallGrade: 'requires-improvement',
    summary: 'Timescales met; practice mixed.',
    startedAt: at,
    finishedAt: at,
    updatedAt: at,
  });
  const audits = [
    audit('P200101', {
      'voice-of-the-child': s('inadequate', 'yes'),
      assessment: s('good', 'yes'),
    }),
    audit('P200102', {
      'voice-of-the-child': s('requires-improvement', 'yes'),
      planning: s('outstanding', 'no'),
    }),
    audit('P200103', {
      'voice-of-the-child': s('good', 'yes'),
      assessment: s('requires-improvement', 'partly'),
    }),
    audit('P200104', { assessment: s('inadequate', 'yes'), planning: s('good', 'no') }),
  ];
  const page = (personId) => ({ origin, path: `/person/${personId}/casenotes`, adapter: 'demo', personId });
  const key = (p) => `${p.origin}${p.path}`;
  const observation = (a, kind, comment, sectionId, grade) => ({
    id: crypto.randomUUID(),
    auditId: a.id,
    kind,
    comment,
    evidenceSource: 'case-record',
    factors: [{ factor: 'human-tool' }],
    sectionId,
    grade,
    target: { page: page(a.caseRef.personId), selectors: [] },
    pageKey: key(page(a.caseRef.personId)),
    author: 'Jo Okafor',
    createdAt: at,
    updatedAt: at,
  });
  return {
    schemaVersion: 2,
    generator: { name: 'Margin', version: '0.1.0' },
    exportedAt: at,
    exportedBy: 'Jo Okafor',
    filters: {},
    options: { redactQuotes: false, pseudonymise: false },
    personalData: {
      summary: 'Person identifiers and author names.',
      contains: ['person identifiers', 'author names'],
    },
    audits,
    observations: [
      observation(
        audits[1],
        'concern',
        'Visits are logged on time, but the notes say nothing of what the child said.',
        'voice-of-the-child',
        'requires-improvement',
      ),
      observation(
        audits[2],
        'strength',
        'The child’s words are recorded after every visit.',
        'voice-of-the-child',
        'good',
      ),
    ],
    notes: [],
    templates: [],
    frictionFlags: [
      {
        id: crypto.randomUUID(),
        category: 'recorded-for-indicator',
        severity: 'medium',
        minutesLost: 10,
        comment: 'A visit entered as “seen” to stop the case flashing red.',
        target: { page: page('P200101'), selectors: [] },
        pageKey: key(page('P200101')),
        author: 'Jo Okafor',
        createdAt: at,
      },
    ],
    frictionCounters: [],
  };
}

/**
 * Imports the demo file on the dashboard and saves the divergence chart as `divergence.png` (and
 * `divergence-zoom200.png`), chosen from the keyboard so the chip and the narrowed audits show.
 * @param {import('@playwright/test').Page} dashboard
 * @param {string} file the demo file, written by the caller
 * @param {(page: import('@playwright/test').Page, file: string, options?: object) => Promise<string[]>} shoot
 * @param {(name: string) => string} at
 */
export async function divergenceShot(dashboard, file, shoot, at) {
  await dashboard.getByLabel('Import Margin JSON files').setInputFiles(file);
  await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
  await dashboard.getByRole('list', { name: 'Import results' }).getByText('imported.').first().waitFor();
  const chart = dashboard.getByRole('figure', { name: /Compliance beside quality/ });
  // The chart's title in view, below the dashboard's bar.
  const show = () =>
    chart.evaluate((figure) => {
      figure.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -60);
    });
  await show();
  await dashboard.waitForTimeout(300);
  return shoot(dashboard, at('divergence.png'), { zoom: true, before: show });
}
