// Definition of the "Strategy Discussion" form: attendees table, information shared,
// decision radios; about 20 fields plus the attendee grid.
import { REQUIRED, YES_NO, copiedForward, date, radios, select, text, textarea, time } from './fields.mjs';

const ATTENDEES = [
  ['Daniel Marsh', "Children's Social Care", 'Chair (team manager)', 'Yes'],
  ['Priya Hale', "Children's Social Care", 'Social worker', 'Yes'],
  ['DC R. Kellow', 'Northbury Police (fictional)', 'Investigating officer', 'Yes'],
  ['Grace Tindall', 'Community health', 'Health visitor', 'Yes'],
  ['Mr O. Penhallow', 'Northbury Meadow Primary School', 'Designated safeguarding lead', 'Sent apologies'],
];

export default {
  key: 'strategy',
  name: 'Strategy Discussion',
  tabs: [
    {
      id: 'strategy-meeting',
      label: 'Meeting',
      sections: [
        copiedForward('sd', ['personId', 'name', 'dob']),
        {
          id: 'sd-meeting',
          title: 'Meeting details',
          fields: [
            date('sd-date', 'Date of discussion', { ...REQUIRED, value: ({ step }) => step.date }),
            time('sd-time', 'Start time', { value: '14:00' }),
            text('sd-chair', 'Chair', { ...REQUIRED, value: 'Daniel Marsh' }),
            select('sd-method', 'How was the discussion held?', [
              'In person',
              'Video call',
              'Telephone',
              'Mixed',
            ]),
          ],
        },
        {
          id: 'sd-attendees',
          title: 'Attendees',
          grid: {
            caption: 'Attendees',
            rowLabel: 'Attendee',
            rows: 6,
            columns: [
              { key: 'name', label: 'Name', type: 'text' },
              { key: 'agency', label: 'Agency', type: 'text' },
              { key: 'role', label: 'Role', type: 'text' },
              {
                key: 'attended',
                label: 'Attended',
                type: 'select',
                options: ['Yes', 'Sent apologies', 'Did not attend'],
              },
            ],
            values: (ctx, n, column) => ATTENDEES[n - 1]?.[column] ?? '',
          },
        },
      ],
    },
    {
      id: 'strategy-information',
      label: 'Information shared',
      sections: [
        {
          id: 'sd-info',
          title: 'Information shared',
          fields: [
            textarea('sd-reason', 'Reason for strategy discussion', { ...REQUIRED, rows: 4 }),
            textarea('sd-police', 'Information from police', { rows: 4 }),
            textarea('sd-health', 'Information from health', { rows: 4 }),
            textarea('sd-education', 'Information from education', { rows: 4 }),
            textarea('sd-csc', "Information from children's social care", { rows: 4 }),
          ],
        },
      ],
    },
    {
      id: 'strategy-decision',
      label: 'Decision',
      sections: [
        {
          id: 'sd-decision-section',
          title: 'Decision',
          fields: [
            radios(
              'sd-decision',
              'Decision',
              [
                'Section 47 enquiry: single agency',
                'Section 47 enquiry: joint with police',
                'No section 47 enquiry: child and family assessment',
                'No further action',
              ],
              { ...REQUIRED, error: 'Select the decision of the strategy discussion' },
            ),
            select('sd-s47-lead', 'Section 47 enquiry lead', ["Children's Social Care", 'Police', 'Joint']),
            radios('sd-police-investigation', 'Will there be a police investigation?', YES_NO),
            radios('sd-medical', 'Is a medical examination needed?', YES_NO),
            textarea('sd-safety-plan', 'Immediate safety plan', { ...REQUIRED, rows: 4 }),
            textarea('sd-actions', 'Actions agreed', { rows: 4 }),
            date('sd-review', 'Date', { hint: 'Date of the next strategy discussion, if one is needed.' }),
            textarea('sd-comments', 'Comments', { rows: 3 }),
          ],
        },
      ],
    },
  ],
};
