// Fictional children held in the demo record: identity, key details, involvements, alerts,
// household members and workflow steps (with their step IDs). Nothing here is real.

/** The demo system's fixed "today", so ages, due dates and "overdue" never drift. */
export const DEMO_TODAY = '2025-11-20';

const SHE = { they: 'she', them: 'her', their: 'her', They: 'She', Their: 'Her' };
const HE = { they: 'he', them: 'him', their: 'his', They: 'He', Their: 'His' };

const ELLERY_HOUSEHOLD = [
  { name: 'Kerry Ellery', relationship: 'Mother', dob: '1991-02-09' },
  { name: 'Maya Ellery', relationship: 'Sister', dob: '2016-06-14', personId: 'P123456' },
  { name: 'Jayden Ellery', relationship: 'Brother', dob: '2019-11-02', personId: 'P123457' },
  { name: 'Liam Cotter', relationship: "Mother's partner", dob: '1988-07-21' },
];

const ELLERY_INVOLVEMENTS = [
  {
    role: 'Allocated social worker',
    name: 'Priya Hale',
    organisation: 'Northbury North Safeguarding Team',
    start: '2025-06-04',
    phone: '01632 960101',
  },
  {
    role: 'Team manager',
    name: 'Daniel Marsh',
    organisation: 'Northbury North Safeguarding Team',
    start: '2025-06-04',
    phone: '01632 960102',
  },
  {
    role: 'Independent reviewing officer',
    name: 'Helen Quarry',
    organisation: 'Northbury Safeguarding Unit',
    start: '2025-09-03',
    phone: '01632 960140',
  },
  {
    role: 'Health visitor',
    name: 'Grace Tindall',
    organisation: 'Northbury Community Health (fictional)',
    start: '2020-01-15',
    phone: '01632 960211',
  },
  {
    role: 'Designated safeguarding lead',
    name: 'Mr O. Penhallow',
    organisation: 'Northbury Meadow Primary School',
    start: '2024-09-01',
    phone: '01632 960330',
  },
];

export const people = [
  {
    id: 'P123456',
    firstName: 'Maya',
    lastName: 'Ellery',
    dob: '2016-06-14',
    gender: 'Female',
    pronouns: SHE,
    ethnicity: 'White British',
    language: 'English',
    nhsNumber: '999 000 0001',
    address: '14 Larkspur Row, Northbury, NB4 7QT',
    school: 'Northbury Meadow Primary School (Year 5)',
    gp: 'Canal Street Surgery (fictional), Northbury',
    badges: ['CIN', 'CP'],
    legalStatus: 'Child protection plan, category neglect, since 03/09/2025',
    carer: 'Ms Ellery',
    carerFirst: 'Kerry',
    parentWord: 'Mum',
    sibling: 'Jayden',
    caseHolder: 'Priya Hale',
    team: 'Northbury North Safeguarding Team',
    household: ELLERY_HOUSEHOLD,
    involvements: ELLERY_INVOLVEMENTS,
    alerts: [
      {
        type: 'Domestic abuse',
        text: 'Police notifications of incidents at the home address (see chronology).',
        since: '2025-05-28',
      },
      { type: 'Worker safety', text: 'Visit in pairs after 6pm. Dog at the property.', since: '2025-06-10' },
    ],
    steps: {
      contact: { stepId: '884201', status: 'Completed', date: '2025-06-02' },
      referral: { stepId: '884207', status: 'Completed', date: '2025-06-04' },
      assessment: { stepId: '884213', status: 'In progress', date: '2025-06-05' },
      strategy: { stepId: '884220', status: 'Completed', date: '2025-08-12' },
      conference: { status: 'Completed', date: '2025-09-03' },
      cpplan: { stepId: '884236', status: 'In progress', date: '2025-09-03' },
    },
  },
  {
    id: 'P123457',
    firstName: 'Jayden',
    lastName: 'Ellery',
    dob: '2019-11-02',
    gender: 'Male',
    pronouns: HE,
    ethnicity: 'White British',
    language: 'English',
    nhsNumber: '999 000 0002',
    address: '14 Larkspur Row, Northbury, NB4 7QT',
    school: 'Northbury Meadow Primary School (Reception)',
    gp: 'Canal Street Surgery (fictional), Northbury',
    badges: ['CIN', 'CP'],
    legalStatus: 'Child protection plan, category neglect, since 03/09/2025',
    carer: 'Ms Ellery',
    carerFirst: 'Kerry',
    parentWord: 'Mum',
    sibling: 'Maya',
    caseHolder: 'Priya Hale',
    team: 'Northbury North Safeguarding Team',
    household: ELLERY_HOUSEHOLD,
    involvements: ELLERY_INVOLVEMENTS,
    alerts: [
      {
        type: 'Domestic abuse',
        text: 'Police notifications of incidents at the home address (see chronology).',
        since: '2025-05-28',
      },
      {
        type: 'Health',
        text: 'Speech and language therapy waiting list; communicates with short phrases and signs.',
        since: '2025-03-11',
      },
    ],
    steps: {
      contact: { stepId: '884202', status: 'Completed', date: '2025-06-02' },
      referral: { stepId: '884208', status: 'Completed', date: '2025-06-04' },
      assessment: { stepId: '884214', status: 'Awaiting authorisation', date: '2025-06-05' },
      strategy: { stepId: '884221', status: 'Completed', date: '2025-08-12' },
      conference: { status: 'Completed', date: '2025-09-03' },
      cpplan: { stepId: '884237', status: 'In progress', date: '2025-09-03' },
    },
  },
  {
    id: 'P204518',
    firstName: 'Leo',
    lastName: 'Farrant',
    dob: '2011-03-27',
    gender: 'Male',
    pronouns: HE,
    ethnicity: 'Mixed: White and Black Caribbean',
    language: 'English',
    nhsNumber: '999 000 0003',
    address: 'Flat 3, Weaver House, Tannery Lane, Northbury, NB2 9LX',
    school: 'Northbury Vale Academy (Year 9)',
    gp: 'Riverside Medical Practice (fictional), Northbury',
    badges: ['CIN'],
    legalStatus: 'Child in need plan since 21/10/2025',
    carer: 'Mr Farrant',
    carerFirst: 'Marcus',
    parentWord: 'Dad',
    sibling: 'his cousin',
    caseHolder: 'Tom Ashdown',
    team: 'Northbury South Children in Need Team',
    household: [
      { name: 'Marcus Farrant', relationship: 'Father', dob: '1979-12-03' },
      { name: 'Leo Farrant', relationship: 'Self', dob: '2011-03-27', personId: 'P204518' },
    ],
    involvements: [
      {
        role: 'Allocated social worker',
        name: 'Tom Ashdown',
        organisation: 'Northbury South Children in Need Team',
        start: '2025-09-15',
        phone: '01632 960150',
      },
      {
        role: 'Team manager',
        name: 'Rachel Imrie',
        organisation: 'Northbury South Children in Need Team',
        start: '2025-09-15',
        phone: '01632 960151',
      },
      {
        role: 'Youth worker',
        name: 'Kofi Dunmore',
        organisation: 'Northbury Youth Service',
        start: '2025-10-01',
        phone: '01632 960420',
      },
    ],
    alerts: [
      {
        type: 'Education',
        text: 'Attendance below 80% this term; on a part-time timetable.',
        since: '2025-09-30',
      },
    ],
    steps: {
      contact: { stepId: '771305', status: 'Completed', date: '2025-09-10' },
      referral: { stepId: '771311', status: 'Completed', date: '2025-09-12' },
      assessment: { stepId: '771318', status: 'In progress', date: '2025-09-15' },
    },
  },
  {
    id: 'P318802',
    firstName: 'Amira',
    lastName: 'Castellane',
    dob: '2013-08-19',
    gender: 'Female',
    pronouns: SHE,
    ethnicity: 'Any other mixed background',
    language: 'English and Portuguese',
    nhsNumber: '999 000 0004',
    address: 'Placement address withheld (foster placement, Northbury)',
    school: 'Northbury Hill School (Year 7)',
    gp: 'Hillside Health Centre (fictional), Northbury',
    badges: ['CLA'],
    legalStatus: 'Looked after: interim care order since 14/05/2025',
    carer: 'her foster carer',
    carerFirst: 'Denise',
    parentWord: 'Denise',
    sibling: 'her half-brother',
    caseHolder: 'Nadia Brookes',
    team: 'Northbury Children in Care Team',
    household: [
      { name: 'Denise Harlow', relationship: 'Foster carer', dob: '1970-04-30' },
      { name: 'Amira Castellane', relationship: 'Self', dob: '2013-08-19', personId: 'P318802' },
    ],
    involvements: [
      {
        role: 'Allocated social worker',
        name: 'Nadia Brookes',
        organisation: 'Northbury Children in Care Team',
        start: '2025-05-14',
        phone: '01632 960160',
      },
      {
        role: 'Independent reviewing officer',
        name: 'Helen Quarry',
        organisation: 'Northbury Safeguarding Unit',
        start: '2025-05-20',
        phone: '01632 960140',
      },
      {
        role: 'Supervising social worker',
        name: 'Owen Trask',
        organisation: 'Northbury Fostering Service',
        start: '2025-05-14',
        phone: '01632 960170',
      },
    ],
    alerts: [
      {
        type: 'Confidential address',
        text: 'Do not disclose placement address to birth family.',
        since: '2025-05-14',
      },
    ],
    steps: {
      contact: { stepId: '659102', status: 'Completed', date: '2025-01-08' },
      referral: { stepId: '659110', status: 'Completed', date: '2025-01-09' },
      assessment: { stepId: '659117', status: 'Completed', date: '2025-01-10' },
      strategy: { stepId: '659123', status: 'Completed', date: '2025-02-18' },
      conference: { status: 'Completed', date: '2025-03-06' },
      cpplan: { stepId: '659131', status: 'Ended', date: '2025-03-06' },
    },
  },
];

export function findPerson(id) {
  return people.find((p) => p.id === id);
}

export function fullName(person) {
  return `${person.firstName} ${person.lastName}`;
}
