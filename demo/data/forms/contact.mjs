// Definition of the "Contact" form (first step of the workflow), about 20 fields in 3 tabs.
import {
  REQUIRED,
  YES_NO,
  checkboxes,
  copiedForward,
  date,
  email,
  radios,
  select,
  tel,
  text,
  textarea,
  time,
} from './fields.mjs';

export default {
  key: 'contact',
  name: 'Contact',
  tabs: [
    {
      id: 'contact-details',
      label: 'Contact details',
      sections: [
        copiedForward('ct', ['personId', 'name', 'dob', 'address']),
        {
          id: 'ct-source',
          title: 'Who made the contact',
          fields: [
            date('ct-date', 'Contact date', { ...REQUIRED, value: ({ step }) => step.date }),
            time('ct-time', 'Time received', { value: '10:42' }),
            select('ct-method', 'Contact method', [
              'Telephone',
              'Email',
              'In person',
              'Online portal',
              'Letter',
            ]),
            select(
              'ct-source-agency',
              'Source of contact',
              ['Police', 'School', 'Health', 'Family member', 'Neighbour', 'Anonymous', 'Other'],
              {
                ...REQUIRED,
                error: 'Select the source of the contact',
              },
            ),
            text('ct-referrer-name', 'Referrer name', {
              ...REQUIRED,
              hint: 'If anonymous, write "Anonymous".',
            }),
            text('ct-referrer-org', 'Referrer organisation'),
            tel('ct-referrer-phone', 'Referrer telephone', { value: '01632 960330' }),
            email('ct-referrer-email', 'Referrer email', { hint: 'For example, name@example.org' }),
          ],
        },
      ],
    },
    {
      id: 'contact-concerns',
      label: 'Concerns',
      sections: [
        {
          id: 'ct-concerns',
          title: 'Reason for contact',
          fields: [
            radios('ct-family-aware', 'Is the family aware of the contact?', YES_NO, {
              ...REQUIRED,
              error: 'Select whether the family is aware of the contact',
            }),
            radios('ct-consent', 'Has consent been given to share information?', [
              'Yes',
              'No',
              'Not required (safeguarding)',
            ]),
            textarea('ct-reason', 'Reason for contact', {
              ...REQUIRED,
              rows: 5,
              value: ({ person }) =>
                `School designated safeguarding lead reports that ${person.firstName} disclosed shouting at home over the weekend and arrived without breakfast on three days this week.`,
            }),
            checkboxes('ct-presenting', 'Presenting concerns', [
              'Neglect',
              'Domestic abuse',
              'Parental mental health',
              'Parental substance misuse',
              'Physical abuse',
              'Emotional abuse',
              'Other',
            ]),
            textarea('ct-working-well', 'What is working well?', { rows: 3 }),
            radios('ct-immediate', 'Are there immediate safety concerns?', YES_NO, {
              ...REQUIRED,
              error: 'Select whether there are immediate safety concerns',
            }),
          ],
        },
      ],
    },
    {
      id: 'contact-decision',
      label: 'Decision',
      sections: [
        {
          id: 'ct-decision',
          title: 'Decision',
          fields: [
            select(
              'ct-outcome',
              'Contact outcome',
              [
                'No further action',
                'Information and advice',
                'Early help',
                "Referral to children's social care",
                'Strategy discussion',
              ],
              {
                ...REQUIRED,
                error: 'Select the contact outcome',
              },
            ),
            textarea('ct-outcome-reason', 'Reason for decision', { rows: 4 }),
            date('ct-decision-date', 'Date'),
            textarea('ct-comments', 'Comments', { rows: 3 }),
          ],
        },
      ],
    },
  ],
};
