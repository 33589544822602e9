/**
 * Templates shipped with Margin, grounded in how councils audit (domain notes §2-4): a learning-focused
 * case file audit and a multi-agency audit. Read-only; a QA lead exports one to start their own.
 */
import { TemplateSchema, type Template, type TemplateInput } from '../model/template';
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
      required: true,
    },
    {
      id: 'assessment',
      title: 'Assessment and analysis of need and risk',
      prompts: [
        'Does the assessment analyse, rather than describe?',
        'Are risks and strengths weighed, and is “healthy unease” recorded?',
      ],
      required: true,
    },
    {
      id: 'voice-of-the-child',
      title: 'Voice of the child',
      prompts: [
        'Was the child seen, and seen alone?',
        'Are the child’s own words and wishes recorded and acted on?',
      ],
      required: true,
    },
    {
      id: 'planning',
      title: 'Planning',
      prompts: ['Is the plan specific about who does what by when, and reviewed?'],
      required: true,
    },
    {
      id: 'management-oversight',
      title: 'Management oversight and supervision',
      prompts: [
        'Is management oversight recorded with reasons for decisions?',
        'Does supervision reflect on the case, not only on tasks?',
      ],
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
      required: true,
    },
    {
      id: 'strategy-and-enquiry',
      title: 'Strategy discussion and enquiries',
      prompts: ['Were the right agencies part of the strategy discussion, and were decisions recorded?'],
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

export const BUILTIN_TEMPLATES: readonly Template[] = [learningCaseFileAudit, multiAgencyAudit].map((input) =>
  TemplateSchema.parse(input),
);
