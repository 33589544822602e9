// Fictional case notes (about 50 per child, newest first) with simple rich text, plus the
// "edited" and "removed" variants of the third note used to test re-finding annotations.
// Paragraph markup: **bold** and _italic_ become runs: string | { b: text } | { i: text }.
import { DEMO_TODAY } from './people.mjs';
import { addDays, fillText, personContext, pick, seedFromId, seededRandom } from './text.mjs';

export const NOTE_COUNT = 50;
export const VARIANTS = ['edited', 'removed'];

// The third note (index 2). Its second paragraph is edited or removed by the variants.
const THIRD_NOTE = {
  type: 'Child seen alone',
  paragraphs: [
    'Visited {first} at {school} and spoke with {them} alone in the quiet room, with the agreement of the head of year. {first} chose to draw while we talked and was relaxed throughout.',
    '{first} said that {they} feels safe at home when {parent} is well, but gets worried when the adults argue late at night. {They} said {they} sometimes turns the television up so that {sibling} cannot hear the shouting. **{first} asked whether {they} would have to move house.** I explained that nobody had decided anything like that and that my job is to help the grown-ups keep things calm.',
    "_Analysis:_ {first}'s account is consistent with the police notifications and with what school have seen. {They} is taking on a protective role for {sibling}. Plan: share {their} views at core group, continue weekly visits, and ask school to keep the quiet room available.",
  ],
};
export const EDIT = {
  from: 'feels safe at home when {parent} is well',
  to: 'usually feels safe at home when {parent} is coping',
};

const FIRST_NOTES = [
  {
    type: 'Home visit',
    paragraphs: [
      'Announced visit to the family home with the family support worker. {carer} answered promptly and the home was warm and tidy downstairs. {first} was watching television and came to say hello.',
      '**Observations:** food in the fridge and cupboards; bedrooms seen; the back bedroom still has black mould on the window frame. {carerFirst} said the landlord has not replied to the last two emails.',
      'Discussed the written agreement. {carerFirst} said the evenings are the hardest time. We agreed a bedtime routine chart and that I will chase the landlord about repairs.',
    ],
  },
  {
    type: 'Supervision',
    paragraphs: [
      'Case discussed with Daniel Marsh (team manager). Reviewed progress against the plan and the latest police notification.',
      '_Reflection:_ I am uneasy that the improvements are only seen on announced visits. We agreed this is a gap in our understanding rather than evidence of change, and that it should be recorded as such in the assessment.',
      'Actions: one unannounced visit before core group; update the chronology; ask health for the missed-appointment history.',
    ],
  },
  THIRD_NOTE,
];

const POOLS = {
  'Home visit': [
    'Visited the home at {time}. {carer} let me in and {first} was {activity}.',
    "The home conditions were {condition}. I saw all of the bedrooms with {carerFirst}'s agreement.",
    '{carerFirst} talked about money worries and said the electricity key was on emergency credit. I gave details of the local food bank and the fuel voucher scheme.',
    '**Child seen:** yes. {first} showed me {their} drawings and talked about a school trip.',
    'We reviewed the actions from the plan. {carerFirst} has attended two of the three parenting sessions.',
  ],
  'Child seen alone': [
    'Saw {first} alone in {their} room. {They} wanted to show me {their} new football cards.',
    'Using the _three houses_ tool, {first} put "when Mum cries" in the house of worries and "nanna\'s Sunday dinners" in the house of good things.',
    '{first} said {they} would like the adults to "stop shouting and listen". I said I would share this at the meeting in {their} words.',
    '{first} was quieter than usual and did not want to talk about home. I respected this and we played a card game instead.',
  ],
  Supervision: [
    'Case discussed in supervision. Reviewed chronology, plan and the voice of the child.',
    '**Manager direction:** complete the analysis section of the assessment and record what has changed for {first}, not only what services were offered.',
    'Discussed the impact of the case on the worker; workload agreed as manageable this month.',
    '_Healthy unease:_ the family presents well at meetings but school continue to see {first} arrive hungry.',
  ],
  'Telephone call': [
    'Call from the designated safeguarding lead at {school}. {first} was upset at lunchtime and said {they} did not sleep well.',
    'Telephone call with {carerFirst} to confirm the core group date. {carerFirst} agreed to try to attend.',
    'Call to the health visitor to ask about missed appointments. Two appointments missed since the summer; letters sent.',
  ],
  'School visit': [
    'Met the class teacher and the designated safeguarding lead at {school}.',
    'School report {first} is making progress in reading but is often tired in the mornings.',
    'Agreed that school will share attendance weekly and tell me the same day if {first} is absent without a reason.',
  ],
  'Core group meeting': [
    'Core group held at the family centre. Present: {carerFirst}, school, health visitor, family support worker and me.',
    'Progress: home conditions improved; attendance still below target. **Outstanding:** referral to the domestic abuse service.',
    '{carerFirst} said the meetings feel like "everyone ganging up". The group agreed to start each meeting with what is working well.',
  ],
  'Direct work': [
    'Direct work session with {first} using the words and pictures approach to explain why a social worker is involved.',
    '{first} drew a picture of {their} family, placing {sibling} closest to {them}.',
    '{They} asked good questions and said {they} wanted to know what happens at the next meeting.',
  ],
  'Management decision': [
    'Management review of the case. The plan remains appropriate; risks continue to be managed at the current level.',
    'Decision: continue with the current plan and review at the next conference. Reasons recorded in the step.',
  ],
  'Office visit': [
    '{carerFirst} came to the office without an appointment, asking for help with a housing letter.',
    'Helped complete the form. {carerFirst} said {first} has been "better in the mornings" since breakfast club started.',
  ],
};

const OTHER_AUTHORS = ['Jo Whitcombe (family support worker)', 'Duty social worker (S. Okoro)'];
const FILLERS = {
  time: ['9.30am', '4.15pm', '5.45pm', '11am', '3.30pm'],
  activity: [
    'doing homework at the kitchen table',
    'playing outside with a neighbour',
    'watching cartoons',
    'eating tea',
  ],
  condition: ['acceptable', 'cluttered but safe', 'warm and clean', 'poor in the kitchen area'],
};

/** Turn '**bold** plain _italic_' into runs. */
export function parseRuns(text) {
  return text
    .split(/(\*\*[^*]+\*\*|_[^_]+_)/)
    .filter((part) => part !== '')
    .map((part) => {
      if (part.startsWith('**')) return { b: part.slice(2, -2) };
      if (part.startsWith('_') && part.endsWith('_') && part.length > 1) return { i: part.slice(1, -1) };
      return part;
    });
}

function authorFor(person, type, index, rand) {
  const manager = person.involvements.find((inv) => inv.role === 'Team manager');
  if ((type === 'Supervision' || type === 'Management decision') && manager) return manager.name;
  if (index < 3 || rand() < 0.8) return person.caseHolder;
  return pick(rand, OTHER_AUTHORS);
}

function buildNotes(person) {
  const rand = seededRandom(seedFromId(person.id) * 7 + 3);
  const ctx = personContext(person);
  const types = Object.keys(POOLS);
  const notes = [];
  let date = addDays(DEMO_TODAY, -2);
  for (let i = 0; i < NOTE_COUNT; i++) {
    let type;
    let paragraphs;
    if (i < FIRST_NOTES.length) {
      ({ type, paragraphs } = FIRST_NOTES[i]);
    } else {
      type = pick(rand, types);
      const pool = POOLS[type];
      const n = Math.min(pool.length, 2 + Math.floor(rand() * 3));
      const start = Math.floor(rand() * pool.length);
      paragraphs = Array.from({ length: n }, (_, k) => pool[(start + k) % pool.length]);
    }
    const localCtx = {
      ...ctx,
      ...Object.fromEntries(Object.entries(FILLERS).map(([k, v]) => [k, pick(rand, v)])),
    };
    notes.push({
      id: `CN-${person.id}-${String(i + 1).padStart(3, '0')}`,
      date,
      type,
      author: authorFor(person, type, i, rand),
      paragraphs: paragraphs.map((p) => fillText(p, localCtx)),
    });
    date = addDays(date, -(2 + Math.floor(rand() * 6)));
  }
  return notes;
}

const cache = new Map();

/**
 * Case notes for a person, newest first, as plain objects with paragraphs as runs.
 * variant 'edited': a few words change inside one sentence of the third note;
 * variant 'removed': the third note's second paragraph is removed.
 */
export function caseNotesFor(person, variant) {
  if (!cache.has(person.id)) cache.set(person.id, buildNotes(person));
  const notes = cache.get(person.id).map((note) => ({ ...note, paragraphs: [...note.paragraphs] }));
  const third = notes[2];
  if (variant === 'edited') {
    const ctx = personContext(person);
    third.paragraphs[1] = third.paragraphs[1].replace(fillText(EDIT.from, ctx), fillText(EDIT.to, ctx));
  }
  if (variant === 'removed') third.paragraphs.splice(1, 1);
  return notes.map((note) => ({ ...note, paragraphs: note.paragraphs.map(parseRuns) }));
}
