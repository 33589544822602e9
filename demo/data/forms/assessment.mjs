// Definition of the "Child and Family Assessment" form: 8 tabs, 100+ fields, a repeating
// "Household members" block and labels ("Date", "Comments", "Name") repeated across sections.
import {
  REQUIRED,
  YES_NO,
  YES_NO_UNKNOWN,
  checkboxes,
  copiedForward,
  date,
  number,
  radios,
  select,
  text,
  textarea,
} from './fields.mjs';

const SCALE = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
const NEED = ['No identified need', 'Some need', 'Significant need', 'Not assessed'];
const RELATIONSHIPS = [
  'Mother',
  'Father',
  'Sister',
  'Brother',
  "Mother's partner",
  "Father's partner",
  'Grandparent',
  'Foster carer',
  'Self',
  'Other',
];

// Shared closing pair used in several tabs: the repeated "Date" and "Comments" labels.
const dateAndComments = (prefix) => [
  date(`${prefix}-date`, 'Date'),
  textarea(`${prefix}-comments`, 'Comments', { rows: 3 }),
];

export default {
  key: 'assessment',
  name: 'Child and Family Assessment',
  tabs: [
    {
      id: 'asmt-details',
      label: 'Details',
      sections: [
        copiedForward('asmt', [
          'personId',
          'name',
          'dob',
          'gender',
          'ethnicity',
          'language',
          'nhs',
          'address',
          'school',
          'gp',
        ]),
        {
          id: 'asmt-about',
          title: 'About this assessment',
          fields: [
            date('asmt-start', 'Assessment start date', { ...REQUIRED, value: ({ step }) => step.date }),
            textarea('asmt-reason', 'Reason for assessment', {
              ...REQUIRED,
              rows: 4,
              value: ({ person }) =>
                `Referral from school following ${person.firstName}'s account of arguments at home, and three police notifications of domestic incidents in the last six months.`,
            }),
            select(
              'asmt-type',
              'Assessment type',
              ['Single assessment', 'Joint with section 47 enquiry', 'Re-assessment'],
              { value: 'Joint with section 47 enquiry' },
            ),
            text('asmt-worker', 'Lead social worker', { value: ({ person }) => person.caseHolder }),
            select(
              'asmt-team',
              'Team',
              [
                'Northbury North Safeguarding Team',
                'Northbury South Children in Need Team',
                'Northbury Children in Care Team',
              ],
              {
                value: ({ person }) => person.team,
              },
            ),
            date('asmt-seen-date', 'Date child seen', {
              ...REQUIRED,
              error: 'Enter the date the child was seen',
            }),
            radios('asmt-seen-alone', 'Was the child seen alone?', YES_NO, {
              ...REQUIRED,
              error: 'Select whether the child was seen alone',
            }),
            radios('asmt-interpreter', 'Interpreter required?', YES_NO, { value: 'No' }),
            text('asmt-interpreter-language', 'Language', { hint: 'Only if an interpreter is required.' }),
            textarea('asmt-details-comments', 'Comments', { rows: 3 }),
          ],
        },
        {
          id: 'asmt-household',
          title: 'Household members',
          hint: 'Everyone who lives in the household, including adults who stay regularly.',
          repeat: {
            key: 'household',
            itemLabel: 'Household member',
            count: 4,
            max: 10,
            fields: [
              text('asmt-hm-{n}-name', 'Name', {
                value: ({ person }, n) => person.household[n - 1]?.name ?? '',
              }),
              select('asmt-hm-{n}-relationship', 'Relationship', RELATIONSHIPS, {
                value: ({ person }, n) => person.household[n - 1]?.relationship ?? '',
              }),
              date('asmt-hm-{n}-dob', 'Date of birth', {
                value: ({ person }, n) => person.household[n - 1]?.dob ?? '',
              }),
            ],
          },
        },
      ],
    },
    {
      id: 'asmt-development',
      label: "Child's developmental needs",
      sections: [
        {
          id: 'asmt-dev',
          title: "Child's developmental needs",
          hint: 'Describe what life is like for the child, not only which services are involved.',
          fields: [
            textarea('asmt-dev-health', 'Health', {
              rows: 4,
              value:
                'Up to date with immunisations. Two dental fillings outstanding. Missed a paediatric appointment in July.',
            }),
            date('asmt-dev-health-date', 'Date', { hint: 'Date of last health assessment.' }),
            textarea('asmt-dev-education', 'Education', { rows: 4 }),
            number('asmt-dev-attendance', 'School attendance this term (%)', { value: '86' }),
            textarea('asmt-dev-emotional', 'Emotional and behavioural development', { rows: 4 }),
            textarea('asmt-dev-identity', 'Identity', { rows: 3 }),
            textarea('asmt-dev-relationships', 'Family and social relationships', { rows: 3 }),
            textarea('asmt-dev-presentation', 'Social presentation', { rows: 3 }),
            textarea('asmt-dev-selfcare', 'Self-care skills', { rows: 3 }),
            radios(
              'asmt-dev-sen',
              'Does the child have a disability or special educational needs?',
              YES_NO_UNKNOWN,
            ),
            radios('asmt-dev-ehcp', 'Is there an education, health and care plan?', YES_NO_UNKNOWN),
            select('asmt-dev-level', 'Level of need', NEED, {
              ...REQUIRED,
              error: 'Select the level of developmental need',
            }),
            textarea('asmt-dev-comments', 'Comments', { rows: 3 }),
          ],
        },
      ],
    },
    {
      id: 'asmt-parenting',
      label: 'Parenting capacity',
      sections: [
        {
          id: 'asmt-pc',
          title: 'Parenting capacity',
          fields: [
            textarea('asmt-pc-basic-care', 'Basic care', { rows: 3 }),
            textarea('asmt-pc-safety', 'Ensuring safety', { rows: 3 }),
            textarea('asmt-pc-warmth', 'Emotional warmth', { rows: 3 }),
            textarea('asmt-pc-stimulation', 'Stimulation', { rows: 3 }),
            textarea('asmt-pc-boundaries', 'Guidance and boundaries', { rows: 3 }),
            textarea('asmt-pc-stability', 'Stability', { rows: 3 }),
            checkboxes('asmt-pc-factors', 'Factors affecting parenting', [
              'Substance misuse',
              'Mental health',
              'Domestic abuse',
              'Learning disability',
              'Physical health',
              'None identified',
            ]),
            textarea('asmt-pc-parent-views', "Parents' views", { rows: 3 }),
            ...dateAndComments('asmt-pc'),
          ],
        },
      ],
    },
    {
      id: 'asmt-family',
      label: 'Family and environmental factors',
      sections: [
        {
          id: 'asmt-fe',
          title: 'Family and environmental factors',
          fields: [
            textarea('asmt-fe-history', 'Family history and functioning', { rows: 4 }),
            textarea('asmt-fe-wider', 'Wider family', { rows: 3 }),
            textarea('asmt-fe-housing', 'Housing', {
              rows: 3,
              value: 'Two-bedroom rented terrace. Damp in the back bedroom reported to the landlord in June.',
            }),
            select('asmt-fe-tenure', 'Housing tenure', [
              'Private rented',
              'Council or housing association',
              'Owner occupied',
              'Temporary accommodation',
              'Other',
            ]),
            select('asmt-fe-employment', 'Employment', [
              'Employed',
              'Self-employed',
              'Not working',
              'Not known',
            ]),
            textarea('asmt-fe-income', 'Income', { rows: 3 }),
            textarea('asmt-fe-integration', "Family's social integration", { rows: 3 }),
            textarea('asmt-fe-community', 'Community resources', { rows: 3 }),
            ...dateAndComments('asmt-fe'),
          ],
        },
      ],
    },
    {
      id: 'asmt-voice',
      label: 'Voice of the child',
      sections: [
        {
          id: 'asmt-voc',
          title: 'Voice of the child',
          hint: "Record the child's views in their own words, and how you found them out.",
          fields: [
            date('asmt-voc-seen-alone-date', 'Date', { hint: 'Date the child was last seen alone.' }),
            checkboxes('asmt-voc-methods', "How were the child's wishes and feelings found out?", [
              'Direct work',
              'Three houses',
              'Words and pictures',
              'Observation',
              'Advocate',
              'Conversation with trusted adult',
            ]),
            textarea('asmt-voc-views', "Child's views in their own words", {
              ...REQUIRED,
              rows: 5,
              error: "Enter the child's views in their own words",
            }),
            textarea('asmt-voc-home', 'What the child said about home', { rows: 3 }),
            textarea('asmt-voc-school', 'What the child said about school', { rows: 3 }),
            textarea('asmt-voc-worries', 'What the child said they worry about', { rows: 3 }),
            radios(
              'asmt-voc-understands',
              'Does the child understand why the assessment is happening?',
              YES_NO_UNKNOWN,
            ),
            radios('asmt-voc-advocate', 'Was an advocate offered?', YES_NO),
            textarea('asmt-voc-comments', 'Comments', { rows: 3 }),
            text('asmt-voc-trusted-adult', 'Name', { hint: 'Name of a trusted adult the child identified.' }),
          ],
        },
      ],
    },
    {
      id: 'asmt-risk',
      label: 'Risk analysis',
      sections: [
        {
          id: 'asmt-ra',
          title: 'Risk analysis',
          fields: [
            textarea('asmt-ra-danger', 'Danger statement', {
              ...REQUIRED,
              rows: 4,
              error: 'Enter the danger statement',
            }),
            textarea('asmt-ra-worries', 'What are we worried about?', { rows: 4 }),
            textarea('asmt-ra-working-well', "What's working well?", { rows: 4 }),
            textarea('asmt-ra-complicating', 'Complicating factors', { rows: 3 }),
            textarea('asmt-ra-safety-goal', 'Safety goal', { rows: 3 }),
            select('asmt-ra-scale-worker', 'Safety scale: social worker (0 to 10)', SCALE),
            select('asmt-ra-scale-parent', 'Safety scale: parent (0 to 10)', SCALE),
            select('asmt-ra-scale-child', 'Safety scale: child (0 to 10)', SCALE),
            radios(
              'asmt-ra-significant-harm',
              'Is the child suffering, or likely to suffer, significant harm?',
              YES_NO_UNKNOWN,
              {
                ...REQUIRED,
                error: 'Select whether the child is suffering, or likely to suffer, significant harm',
              },
            ),
            checkboxes('asmt-ra-categories', 'Categories of concern', [
              'Neglect',
              'Physical abuse',
              'Emotional abuse',
              'Sexual abuse',
            ]),
            ...dateAndComments('asmt-ra'),
          ],
        },
      ],
    },
    {
      id: 'asmt-analysis',
      label: 'Analysis and plan',
      sections: [
        {
          id: 'asmt-ap',
          title: 'Analysis and plan',
          fields: [
            textarea('asmt-ap-analysis', 'Analysis', {
              ...REQUIRED,
              rows: 8,
              hint: 'Bring together needs and risks. Say what the information means for the child.',
              error: 'Enter your analysis',
            }),
            textarea('asmt-ap-unease', 'Gaps in understanding and healthy unease', { rows: 4 }),
            select(
              'asmt-ap-outcome',
              'Outcome of assessment',
              [
                'No further action',
                'Universal services',
                'Early help',
                'Child in need plan',
                'Section 47 enquiry',
                'Initial child protection conference',
              ],
              {
                ...REQUIRED,
                error: 'Select the outcome of the assessment',
              },
            ),
            textarea('asmt-ap-plan', 'Plan summary', { rows: 4 }),
            checkboxes('asmt-ap-services', 'Services to be provided', [
              'Family support worker',
              'Parenting programme',
              'Domestic abuse service',
              'CAMHS',
              'Housing support',
              'Youth service',
            ]),
            date('asmt-ap-review', 'Next review date'),
            textarea('asmt-ap-parent-views', "Parents' views on the assessment", { rows: 3 }),
            ...dateAndComments('asmt-ap'),
          ],
        },
      ],
    },
    {
      id: 'asmt-oversight',
      label: 'Management oversight',
      sections: [
        {
          id: 'asmt-mo',
          title: 'Management oversight',
          fields: [
            text('asmt-mo-manager', 'Name', { hint: "Manager's name." }),
            textarea('asmt-mo-comments', 'Comments', { rows: 4 }),
            radios('asmt-mo-decision', 'Decision', ['Authorise', 'Return for further work'], {
              ...REQUIRED,
              error: 'Select a decision',
            }),
            date('asmt-mo-date', 'Date', { ...REQUIRED, error: 'Enter the date of the management decision' }),
            textarea('asmt-mo-reasons', 'Reasons for decision', { rows: 3 }),
            radios('asmt-mo-timescale', 'Was the assessment completed within timescale?', YES_NO),
            textarea('asmt-mo-timescale-reason', 'If not, why not?', { rows: 3 }),
            date('asmt-mo-supervision-date', 'Date of last supervision'),
          ],
        },
      ],
    },
  ],
};
