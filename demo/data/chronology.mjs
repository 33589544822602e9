// Generates each fictional child's long chronology (150-200 rows, newest first) from event
// templates with a PRNG seeded by the person ID, so the table is identical on every load.
import { DEMO_TODAY } from './people.mjs';
import { addDays, fillText, personContext, pick, seedFromId, seededRandom } from './text.mjs';

const RECORDERS = [
  'Front Door Team',
  'Business support',
  'Multi-agency safeguarding hub',
  'Duty social worker (S. Okoro)',
];

// [event type, source agency, summary templates]
const EVENTS = [
  [
    'Home visit',
    "Children's Social Care",
    [
      'Announced home visit. {first} seen in the living room with {carer}. Home warm; fridge had food.',
      'Unannounced home visit. No answer at first; {carer} answered after ten minutes. {first} seen briefly.',
      'Home visit with family support worker. Bedrooms seen. Washing piled in the hallway again.',
    ],
  ],
  [
    'Child seen alone',
    "Children's Social Care",
    [
      '{first} seen alone in {their} bedroom. Used the three houses tool. {They} named school as a safe place.',
      '{first} seen alone at school. {They} talked about {their} friends and said home is "a bit loud sometimes".',
    ],
  ],
  [
    'Police notification',
    'Police',
    [
      'Domestic incident reported by a neighbour. Verbal argument; no arrests. Children present, asleep upstairs.',
      'Police attended for a welfare check following a call from a relative. No offences disclosed.',
    ],
  ],
  [
    'School information',
    'School',
    [
      'School report {first} arrived late four times this fortnight and without a coat.',
      'School report {first} was tired and hungry on Monday; given breakfast club place.',
      'Attendance update from {school}: attendance this half-term recorded.',
    ],
  ],
  [
    'Health appointment',
    'Health',
    [
      'Dental check-up attended with {carer}. Two fillings needed; follow-up booked.',
      'Health visitor contact. Growth checked and within expected range.',
      'GP appointment missed; surgery sent a reminder letter.',
    ],
  ],
  [
    'Telephone call',
    "Children's Social Care",
    [
      'Call with {carer} to arrange next visit. {carerFirst} asked for help with a food bank voucher.',
      "Call from school designated safeguarding lead sharing worries about {first}'s mood.",
      'Call with housing officer about damp in the property. Repairs to be chased.',
    ],
  ],
  [
    'Supervision',
    "Children's Social Care",
    [
      'Case discussed in supervision. Actions agreed: update chronology, see {first} alone before core group.',
      "Supervision: manager asked for analysis of the impact of the plan on {first}'s daily life.",
    ],
  ],
  [
    'Core group meeting',
    'Multi-agency',
    [
      'Core group held. Attendance: school, health, family. Plan reviewed; two actions outstanding.',
      'Core group: {carer} did not attend. Agencies agreed to share attendance and health updates weekly.',
    ],
  ],
  [
    'Missed appointment',
    'Health',
    ['Paediatric appointment not attended. No contact from family. Letter sent and GP informed.'],
  ],
  [
    'Early help',
    'Early Help',
    [
      'Family support worker session on routines and bedtimes. {carerFirst} engaged well.',
      'Parenting group session missed. {carerFirst} said childcare could not be arranged.',
    ],
  ],
  ['Housing', 'Housing', ['Housing officer visit. Arrears plan agreed. Referral made for a damp survey.']],
  [
    'Management decision',
    "Children's Social Care",
    [
      'Manager decision recorded: continue current plan; review in six weeks.',
      'Manager agreed extension to assessment timescale with reasons recorded.',
    ],
  ],
];

function buildChronology(person) {
  const rand = seededRandom(seedFromId(person.id));
  const ctx = personContext(person);
  const count = 150 + (seedFromId(person.id) % 51);
  const rows = [];
  let date = addDays(DEMO_TODAY, -1);
  for (let i = 0; i < count; i++) {
    const [type, agency, summaries] = pick(rand, EVENTS);
    rows.push({
      date,
      type,
      agency,
      summary: fillText(pick(rand, summaries), ctx),
      recordedBy: agency === "Children's Social Care" ? person.caseHolder : pick(rand, RECORDERS),
    });
    date = addDays(date, -(1 + Math.floor(rand() * 4)));
  }
  return rows;
}

const cache = new Map();

/** Chronology rows for a person, newest first. */
export function chronologyFor(person) {
  if (!cache.has(person.id)) cache.set(person.id, buildChronology(person));
  return cache.get(person.id);
}
