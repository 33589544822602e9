/**
 * Templates shipped with Margin, grounded in how councils audit (domain notes §2-4, §10): a
 * learning-focused case file audit, a multi-agency audit, a Section 11 agency self-assessment (the
 * standards of section 11 of the Children Act 2004, rated red/amber/green with evidence and actions,
 * as the partnerships' Section 11 audit tools do) and a themed audit for a round's theme. Read-only; a
 * QA lead exports one to start their own. Sections with a timescale indicator carry its compliance
 * question, answered yes / partly / no beside the grade (lib/learning/divergence.ts sets the two side by side).
 */
import type { Template, TemplateInput } from '../model/template';
import { NO_GRADE, OFSTED_FOUR_POINT, RAG } from './scales';

const learningCaseFileAudit: TemplateInput = {
  id: 'learning-case-file-audit',
  name: 'Learning case file audit',
  version: 1,
  description:
    'Reads the last 6-12 months of one child’s record to learn what good practice looks like, how it was achieved, ' +
    'and what in the system made it easier or harder. Graded on the Ofsted four-point scale.',
  scale: OFSTED_FOUR_POINT,
  sections: [
    {
      id: 'chronology',
      title: 'Chronology and history',
      prompts: ['Is there an up-to-date chronology that is used to understand the child’s history?'],
      compliance: { question: 'Chronology updated within timescale?' },
      required: true,
    },
    {
      id: 'assessment',
      title: 'Assessment and analysis of need and risk',
      prompts: [
        'Does the assessment analyse, rather than describe?',
        'Are risks and strengths weighed, and is “healthy unease” recorded?',
      ],
      compliance: { question: 'Assessment completed within 45 working days?' },
      required: true,
    },
    {
      id: 'voice-of-the-child',
      title: 'Voice of the child',
      prompts: [
        'Was the child seen, and seen alone?',
        'Are the child’s own words and wishes recorded and acted on?',
      ],
      compliance: { question: 'Visits within timescale recorded?' },
      required: true,
    },
    {
      id: 'planning',
      title: 'Planning',
      prompts: ['Is the plan specific about who does what by when, and reviewed?'],
      compliance: { question: 'Plan reviewed within timescale?' },
      required: true,
    },
    {
      id: 'management-oversight',
      title: 'Management oversight and supervision',
      prompts: [
        'Is management oversight recorded with reasons for decisions?',
        'Does supervision reflect on the case, not only on tasks?',
      ],
      compliance: { question: 'Supervision recorded at the required frequency?' },
      required: true,
    },
    {
      id: 'multi-agency',
      title: 'Multi-agency working',
      prompts: ['Do agencies share information and responsibility for the plan?'],
    },
    {
      id: 'impact',
      title: 'Impact: what difference did the work make for the child?',
      prompts: ['What has changed for the child because of the work?'],
      required: true,
    },
    {
      id: 'helped-or-hindered',
      title: 'What helped or hindered practice?',
      prompts: [
        'What in the system (forms, IT, workload, indicators, supervision, multi-agency working) made good practice easier or poor practice more likely?',
      ],
      scale: NO_GRADE,
      required: true,
    },
  ],
};

const multiAgencyAudit: TemplateInput = {
  id: 'multi-agency-audit',
  name: 'Multi-agency case audit',
  version: 1,
  description:
    'A partnership audit of one child’s case: each agency’s view of good practice, areas for development and ' +
    'recommendations. Graded red/amber/green.',
  scale: RAG,
  sections: [
    {
      id: 'front-door',
      title: 'Referral and information sharing at the front door',
      prompts: ['Was the referral clear, timely and acknowledged with feedback?'],
      compliance: { question: 'Referral decision made within one working day?' },
      required: true,
    },
    {
      id: 'strategy-and-enquiry',
      title: 'Strategy discussion and enquiries',
      prompts: ['Were the right agencies part of the strategy discussion, and were decisions recorded?'],
      compliance: { question: 'Strategy discussion held within timescale?' },
    },
    {
      id: 'assessment-contributions',
      title: 'Agencies’ contributions to assessment',
      prompts: ['Did each agency contribute what it knows?', 'Who did the thinking, and was it shared?'],
      required: true,
    },
    {
      id: 'plan-and-core-group',
      title: 'Plan, core group and review',
      prompts: ['Are roles clear and is responsibility for the plan shared?'],
      compliance: { question: 'Core groups and reviews held within timescale?' },
      required: true,
    },
    {
      id: 'child-voice-across-agencies',
      title: 'The child’s voice across agencies',
      prompts: ['Do all agencies know what the child has said?'],
    },
    {
      id: 'agency-views',
      title: 'Each agency’s view',
      prompts: ['Good practice', 'Areas for development', 'Recommendations'],
      scale: NO_GRADE,
      required: true,
    },
    {
      id: 'helped-or-hindered',
      title: 'What helped or hindered multi-agency working?',
      prompts: ['Procedures, capacity, knowing each other, feedback loops.'],
      scale: NO_GRADE,
    },
  ],
};

/** Each standard: how it is met (evidence) and what will change (actions, with an owner and a date). */
const standard = (id: string, title: string, question: string) => ({
  id,
  title,
  prompts: [
    question,
    'Evidence: what shows the standard is met (policies, audits, training records, feedback).',
    'Actions: what will change, who owns it and by when.',
  ],
  required: true,
});

const section11SelfAssessment: TemplateInput = {
  id: 'section-11-self-assessment',
  name: 'Section 11 agency self-assessment',
  version: 1,
  description:
    'An agency rates itself against the safeguarding standards of section 11 of the Children Act 2004, ' +
    'red/amber/green, with the evidence for each rating and the actions that follow, for the safeguarding ' +
    'partnership to check and challenge.',
  scale: RAG,
  sections: [
    standard(
      'leadership',
      'Senior management commitment to safeguarding',
      'Do senior leaders make safeguarding and promoting children’s welfare a priority, and can staff see it?',
    ),
    standard(
      'responsibilities',
      'A clear statement of the agency’s responsibilities',
      'Is there a clear statement of the agency’s responsibilities towards children, known to all staff?',
    ),
    standard(
      'accountability',
      'A clear line of accountability',
      'Is there a named lead and a clear line of accountability for safeguarding, up to the board?',
    ),
    standard(
      'service-development',
      'Service development informed by children and families',
      'Do the views of children and families shape how services are planned and changed?',
    ),
    standard(
      'training-and-supervision',
      'Safeguarding training and supervision',
      'Are staff trained for their role, supervised, and able to raise concerns?',
    ),
    standard(
      'safer-recruitment',
      'Safer recruitment and managing allegations',
      'Are safer recruitment checks made, and are allegations against staff managed and referred?',
    ),
    standard(
      'inter-agency-working',
      'Effective inter-agency working',
      'Does the agency take part in strategy discussions, conferences and core groups, and escalate disagreement?',
    ),
    standard(
      'information-sharing',
      'Information sharing',
      'Do staff know when and how to share information to keep a child safe, and do they?',
    ),
    {
      id: 'challenge-and-improvement',
      title: 'Challenge and improvement',
      prompts: [
        'What did the partnership challenge, and what did the agency change as a result?',
        'Which actions from the last self-assessment are done, and which are not?',
      ],
      scale: NO_GRADE,
    },
  ],
};

const themedAudit: TemplateInput = {
  id: 'themed-audit',
  name: 'Themed audit',
  version: 1,
  description:
    'One practice theme (for example the voice of the child, neglect or exploitation) followed through ' +
    'one child’s record, as in a practice week or a themed round: what good looks like, what got in the ' +
    'way, and the difference it made. Graded on the Ofsted four-point scale.',
  scale: OFSTED_FOUR_POINT,
  sections: [
    {
      id: 'theme-in-this-case',
      title: 'The theme in this child’s case',
      prompts: ['Where does the theme show in the record, and was it recognised at the time?'],
      required: true,
    },
    {
      id: 'theme-good-practice',
      title: 'Good practice on this theme',
      prompts: ['What was done well on this theme, and how was it achieved?'],
      required: true,
    },
    {
      id: 'theme-obstacles',
      title: 'What got in the way',
      prompts: ['What made good practice on this theme harder: forms, workload, supervision, partners?'],
      required: true,
    },
    {
      id: 'theme-impact',
      title: 'The difference for the child',
      prompts: ['What changed for the child because of the work on this theme?'],
      required: true,
    },
    {
      id: 'theme-learning',
      title: 'Learning for the round',
      prompts: ['What should the round’s report say about this theme, from this case?'],
      scale: NO_GRADE,
    },
  ],
};

/**
 * A built-in as TemplateSchema reads it (defaults filled in, keys in the schema's order), without running
 * Zod when this module loads: pages read the built-ins on their first paint, before any schema is needed.
 * tests/unit/audit/builtin-templates.test.ts checks that the schema accepts each one and reads it the same.
 */
function complete(input: TemplateInput): Template {
  return {
    id: input.id,
    name: input.name,
    version: input.version,
    description: input.description ?? '',
    scale: input.scale,
    sections: input.sections.map((section) => ({
      id: section.id,
      title: section.title,
      prompts: section.prompts ?? [],
      ...(section.scale ? { scale: section.scale } : {}),
      required: section.required ?? false,
      ...(section.compliance ? { compliance: section.compliance } : {}),
    })),
    ...(input.overallScale ? { overallScale: input.overallScale } : {}),
  };
}

export const BUILTIN_TEMPLATES: readonly Template[] = [
  learningCaseFileAudit,
  multiAgencyAudit,
  section11SelfAssessment,
  themedAudit,
].map(complete);
