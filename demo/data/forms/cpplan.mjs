// Definition of the "Child Protection Plan" form: plan details, four repeated outcome
// blocks ("Outcome", "Actions", "Who", "By when") and contingency plan; about 27 fields.
import { REQUIRED, copiedForward, date, select, text, textarea } from './fields.mjs';

const OUTCOMES = [
  [
    '{first} lives in a home where adults do not argue or fight in front of the children.',
    'Kerry to attend the domestic abuse programme; police to share notifications within 24 hours.',
    'Kerry Ellery; DC R. Kellow',
    '2025-12-15',
  ],
  [
    '{first} goes to school every day, on time, having had breakfast.',
    'Breakfast club place; school to share attendance weekly.',
    'Northbury Meadow Primary School',
    '2025-11-30',
  ],
  [
    "{first}'s health appointments are attended.",
    'Health visitor to rebook missed appointments and remind Kerry by text.',
    'Grace Tindall',
    '2026-01-10',
  ],
];

export default {
  key: 'cpplan',
  name: 'Child Protection Plan',
  tabs: [
    {
      id: 'cpplan-details',
      label: 'Plan details',
      sections: [
        copiedForward('cp', ['personId', 'name', 'dob']),
        {
          id: 'cp-plan',
          title: 'Plan details',
          fields: [
            date('cp-start', 'Plan start date', { ...REQUIRED, value: ({ step }) => step.date }),
            select(
              'cp-category',
              'Category of plan',
              ['Neglect', 'Physical abuse', 'Emotional abuse', 'Sexual abuse', 'Multiple'],
              {
                ...REQUIRED,
                value: 'Neglect',
                error: 'Select the category of the plan',
              },
            ),
            text('cp-lead-worker', 'Lead social worker', { value: ({ person }) => person.caseHolder }),
            date('cp-core-group', 'Date of first core group'),
            date('cp-review', 'Review conference date', {
              ...REQUIRED,
              error: 'Enter the review conference date',
            }),
          ],
        },
      ],
    },
    {
      id: 'cpplan-outcomes',
      label: 'Outcomes',
      sections: [
        {
          id: 'cp-outcomes',
          title: 'Outcomes',
          hint: 'What needs to change for the child, what will be done, by whom and by when.',
          repeat: {
            key: 'outcome',
            itemLabel: 'Outcome',
            count: 4,
            max: 8,
            fields: [
              textarea('cp-outcome-{n}-outcome', 'Outcome', {
                rows: 3,
                value: ({ person }, n) => (OUTCOMES[n - 1]?.[0] ?? '').replace('{first}', person.firstName),
              }),
              textarea('cp-outcome-{n}-actions', 'Actions', {
                rows: 3,
                value: (ctx, n) => OUTCOMES[n - 1]?.[1] ?? '',
              }),
              text('cp-outcome-{n}-who', 'Who', { value: (ctx, n) => OUTCOMES[n - 1]?.[2] ?? '' }),
              date('cp-outcome-{n}-by-when', 'By when', { value: (ctx, n) => OUTCOMES[n - 1]?.[3] ?? '' }),
            ],
          },
        },
      ],
    },
    {
      id: 'cpplan-contingency',
      label: 'Contingency and views',
      sections: [
        {
          id: 'cp-contingency-section',
          title: 'Contingency and views',
          fields: [
            textarea('cp-contingency', 'Contingency plan', {
              ...REQUIRED,
              rows: 4,
              hint: 'What will happen if the plan is not followed.',
            }),
            textarea('cp-child-views', "Child's views on the plan", { rows: 4 }),
            textarea('cp-parent-views', "Parents' views on the plan", { rows: 4 }),
            date('cp-shared-date', 'Date', { hint: 'Date the plan was shared with the family.' }),
            textarea('cp-comments', 'Comments', { rows: 3 }),
          ],
        },
      ],
    },
  ],
};
