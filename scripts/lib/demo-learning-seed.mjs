// The demo's finished learning round (issue #17): a deterministic generator of what four auditors
// returned from a round of 12 cases: finished audits with grades and compliance answers beside them,
// observations tagged with contributory factors (strengths and concerns, on template sections), and
// friction flags the observations cite, as one Margin JSON file the tour (and the findings browser test)
// imports on the dashboard; and the round's candidate list (case, team, case holder), so findings count
// teams. Conversation records cannot be imported until they are stored: `withConversations` adds them to
// the file once they can be (switch it on after the conversations work is merged).
const CASES = [
  ['P123456', 'South', 'Wendy Hart'],
  ['P123457', 'North', 'Harry Holt'],
  ['P200102', 'North', 'Harry Holt'],
  ['P200103', 'North', 'Nia Shaw'],
  ['P204518', 'East', 'Ivy Irwin'],
  ['P200105', 'East', 'Ivy Irwin'],
  ['P200106', 'East', 'Omar Reed'],
  ['P200107', 'South', 'Wendy Hart'],
  ['P200108', 'South', 'Lena Cole'],
  ['P318802', 'West', 'Ravi Dunn'],
  ['P200110', 'West', 'Ravi Dunn'],
  ['P200111', 'West', 'Tom Vale'],
];
const AUDITORS = ['Sam Patel', 'Jo Okafor', 'Alex Morgan', 'Priya Shah'];

/** The round's candidate list as the rounds page takes it. */
export const learningCandidatesCsv = () =>
  ['Case ID,Team,Case holder', ...CASES.map((row) => row.join(','))].join('\n');

/** What each case's audit found: [section, kind, factor, subItem, comment, cites a flag of category]. */
const PATTERNS = [
  [
    'assessment',
    'concern',
    'human-tool',
    'assessment-forms',
    'The assessment form has no room for the analysis: the conclusion is asserted, the reasoning is not recorded.',
    'tick-box-structure',
  ],
  [
    'voice-of-the-child',
    'strength',
    'family-professional',
    'child-voice',
    'The child’s own words are recorded after each visit and shape the plan.',
  ],
  [
    'planning',
    'concern',
    'human-management',
    'capacity',
    'The plan was not reviewed for four months while the worker held 28 cases.',
  ],
  [
    'management-oversight',
    'concern',
    'human-management',
    'supervision',
    'Supervision notes repeat the tasks list; no reflection on risk is recorded.',
  ],
  [
    'multi-agency',
    'strength',
    'multi-agency-longer-term',
    'information-sharing',
    'School and health share updates before each core group.',
  ],
  [
    'chronology',
    'concern',
    'human-tool',
    'ict-systems',
    'The chronology had to be rebuilt by hand: the system does not carry events over.',
    'duplicate-entry',
  ],
];

/** As lib/model/page-context.ts `pageKey` makes it for a screen with a person and a form. */
const pageKeyOf = (page) => `${page.origin} person:${page.personId} form:${page.formName}`;

function ids(prefix) {
  let n = 0;
  return () => `${prefix}-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
}

/**
 * The auditors' returns as one Margin JSON file, for round `roundId`, on the demo system at `origin`.
 * Same inputs, same file (ids and dates derive from `now`, fixed by the caller for repeatable output).
 */
export function learningSeed({ roundId, origin, now = Date.now(), withConversations = false }) {
  const at = (hoursAgo) => new Date(now - hoursAgo * 3_600_000).toISOString();
  const nextAudit = ids('5eed0001');
  const nextObs = ids('5eed0002');
  const nextFlag = ids('5eed0003');
  const nextTalk = ids('5eed0004');
  const audits = [];
  const observations = [];
  const flags = [];
  const conversations = [];
  CASES.forEach(([caseId, , holder], i) => {
    const auditor = AUDITORS[i % AUDITORS.length];
    const auditId = nextAudit();
    const finished = at(48 - i);
    // The demo system's screens of the case (its chronology, or its case notes).
    const page = (section) => {
      const screen = section === 'chronology' ? 'chronology' : 'casenotes';
      const formName = section === 'chronology' ? 'Chronology' : 'Case notes';
      return { origin, path: `/person/${caseId}/${screen}`, adapter: 'demo', personId: caseId, formName };
    };
    // Each case shows four of the six patterns, in turn, so each pattern is seen in 8 cases by 4 auditors
    // (the strongest ones), and a finding's counts differ from one pattern to the next.
    const found = PATTERNS.filter((_, p) => (p + i) % 6 < 4 + (p === 0 ? 2 : 0));
    const grades = {};
    for (const [section, kind] of found)
      grades[section] = kind === 'strength' ? 'good' : 'requires-improvement';
    audits.push({
      id: auditId,
      templateId: 'learning-case-file-audit',
      templateVersion: 1,
      caseRef: { personId: caseId },
      auditor,
      status: 'finished',
      sections: Object.fromEntries(
        [
          'chronology',
          'assessment',
          'voice-of-the-child',
          'planning',
          'management-oversight',
          'multi-agency',
        ].map((s) => [
          s,
          {
            grade: grades[s] ?? 'good',
            // Compliant on paper where practice was poor: the visits were in time, the plan was not reviewed.
            compliance:
              grades[s] === 'requires-improvement' && i % 2 === 0 ? 'yes' : grades[s] ? 'partly' : 'yes',
            justification: `Read in the record and discussed with ${holder}.`,
            complete: true,
          },
        ]),
      ),
      overallGrade:
        found.filter(([, kind]) => kind === 'concern').length > 2 ? 'requires-improvement' : 'good',
      summary: 'Finished for the learning round.',
      startedAt: at(60 - i),
      finishedAt: finished,
      updatedAt: finished,
      roundId,
    });
    for (const [sectionId, kind, factor, subItem, comment, category] of found) {
      const evidence = [];
      if (category) {
        const flag = {
          id: nextFlag(),
          category,
          severity: 'medium',
          minutesLost: 10 + (i % 3) * 5,
          comment: 'Practitioner flagged this screen while recording.',
          target: { page: page(sectionId), selectors: [] },
          pageKey: pageKeyOf(page(sectionId)),
          author: holder,
          createdAt: at(70 - i),
        };
        flags.push(flag);
        evidence.push({ kind: 'friction-flag', ref: flag.id, summary: category });
      }
      const target = { page: page(sectionId), selectors: [] };
      observations.push({
        id: nextObs(),
        auditId,
        sectionId,
        kind,
        comment,
        evidenceSource: 'case-record',
        factors: [{ factor, subItem }],
        ...(evidence.length ? { evidence } : {}),
        target,
        pageKey: pageKeyOf(page(sectionId)),
        author: auditor,
        createdAt: at(50 - i),
        updatedAt: at(50 - i),
      });
    }
    if (withConversations)
      conversations.push({
        id: nextTalk(),
        auditId,
        withRole: 'case-holder',
        date: finished.slice(0, 10),
        mode: 'in-person',
        prompts: { atTheTime: 'There was no time to write the analysis the form has no room for.' },
        factors: [{ factor: 'human-tool', subItem: 'assessment-forms' }],
        observationIds: [],
        sectionIds: ['assessment'],
        author: auditor,
        createdAt: finished,
        updatedAt: finished,
      });
  });
  return {
    schemaVersion: 2,
    generator: { name: 'Margin', version: '0.1.0' },
    exportedAt: at(1),
    exportedBy: 'Sam Patel',
    filters: {},
    options: { redactQuotes: false, pseudonymise: false },
    personalData: {
      summary: 'The demo learning round: person identifiers and author names.',
      contains: [
        'person identifiers',
        'author names',
        'free text written by auditors and practitioners',
        'friction reports by practitioners',
      ],
    },
    audits,
    observations,
    notes: [],
    templates: [],
    frictionFlags: flags,
    frictionCounters: [],
    ...(withConversations ? { conversations } : {}),
  };
}
