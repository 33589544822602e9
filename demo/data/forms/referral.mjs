// Definition of the "Referral" form, about 25 fields in 3 tabs.
import {
  REQUIRED,
  YES_NO,
  checkbox,
  checkboxes,
  copiedForward,
  date,
  radios,
  select,
  tel,
  text,
  textarea,
} from './fields.mjs';

export default {
  key: 'referral',
  name: 'Referral',
  tabs: [
    {
      id: 'referral-details',
      label: 'Referral details',
      sections: [
        copiedForward('rf', ['personId', 'name', 'dob', 'gender', 'address']),
        {
          id: 'rf-referrer',
          title: 'Referral',
          fields: [
            date('rf-date', 'Referral date', { ...REQUIRED, value: ({ step }) => step.date }),
            select('rf-received-from', 'Received from', [
              'Front door (MASH)',
              'Police',
              'School',
              'Health',
              'Early help',
              'Other local authority',
            ]),
            text('rf-referrer-name', 'Referrer name', { value: 'Mr O. Penhallow' }),
            text('rf-referrer-agency', 'Referrer agency', { value: 'Northbury Meadow Primary School' }),
            tel('rf-referrer-phone', 'Referrer telephone'),
            textarea('rf-reason', 'Reason for referral', { ...REQUIRED, rows: 5 }),
          ],
        },
      ],
    },
    {
      id: 'referral-views',
      label: 'Views and history',
      sections: [
        {
          id: 'rf-views',
          title: 'Views',
          fields: [
            textarea('rf-child-views', "Child's views", {
              rows: 4,
              hint: "Record the child's own words where possible.",
            }),
            textarea('rf-parent-views', "Parents' or carers' views", { rows: 4 }),
          ],
        },
        {
          id: 'rf-history',
          title: 'History and risk',
          fields: [
            radios('rf-previous', "Previous involvement with children's social care?", YES_NO),
            checkboxes('rf-known-to', 'Known to other agencies', [
              'Police',
              'Health visiting',
              'CAMHS',
              'Probation',
              'Housing',
              'Early help',
            ]),
            radios('rf-immediate-risk', 'Immediate risks identified?', YES_NO, {
              ...REQUIRED,
              error: 'Select whether immediate risks were identified',
            }),
            textarea('rf-risk-details', 'Details of risks', { rows: 4 }),
          ],
        },
      ],
    },
    {
      id: 'referral-decision',
      label: 'Decision and allocation',
      sections: [
        {
          id: 'rf-decision',
          title: 'Decision',
          fields: [
            select(
              'rf-threshold',
              'Threshold level',
              [
                'Level 1: universal',
                'Level 2: early help',
                'Level 3: child in need',
                'Level 4: child protection',
              ],
              {
                ...REQUIRED,
                error: 'Select the threshold level',
              },
            ),
            select(
              'rf-next-step',
              'Next step',
              [
                'Child and family assessment',
                'Strategy discussion',
                'Early help assessment',
                'No further action',
              ],
              {
                ...REQUIRED,
                error: 'Select the next step',
              },
            ),
            select('rf-team', 'Allocated team', [
              'Northbury North Safeguarding Team',
              'Northbury South Children in Need Team',
              'Northbury Children in Care Team',
            ]),
            text('rf-worker', 'Allocated worker', { value: ({ person }) => person.caseHolder }),
            date('rf-allocation-date', 'Date'),
            textarea('rf-comments', 'Comments', { rows: 3 }),
          ],
        },
        {
          id: 'rf-authorisation',
          title: 'Manager authorisation',
          fields: [
            checkbox('rf-authorise', 'I authorise this referral', {
              ...REQUIRED,
              error: 'Confirm that you authorise this referral',
            }),
            text('rf-manager', 'Manager name'),
            textarea('rf-manager-comments', 'Comments', { rows: 3 }),
          ],
        },
      ],
    },
  ],
};
