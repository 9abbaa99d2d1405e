/**
 * English templates of the demo data for the asker's side: pseudonym and greeting, titles and
 * the question body. Department content fills the medical slots (content/*.ts).
 */
import type { AgeRange } from '../../db/schema.ts';
import { type BodyPhrases, composeBody } from './demo-body.ts';
import { intBetween, pick, type Rng } from './demo-random.ts';
import type { DemoCase, RelationKey, Span } from './demo-types.ts';
import { type AgedLine, ageStart, fill, sentenceCase } from './demo-wording.ts';

interface DurationText {
  for: string;
  past: string;
  ago: string;
}

const DURATIONS: Record<Span, DurationText[]> = {
  acute: [
    { for: 'since last night', past: 'since last night', ago: 'last night' },
    { for: 'for two days', past: 'over the past two days', ago: 'two days ago' },
    { for: 'for three days', past: 'for the last three days', ago: 'three days ago' },
    { for: 'for about five days', past: 'over the past five days or so', ago: 'about five days ago' },
  ],
  recent: [
    { for: 'for a week', past: 'over the past week', ago: 'about a week ago' },
    { for: 'for two weeks', past: 'for the past two weeks', ago: 'two weeks ago' },
    { for: 'for about three weeks', past: 'over the last three weeks', ago: 'about three weeks ago' },
    { for: 'for a month', past: 'for about a month now', ago: 'a month ago' },
  ],
  chronic: [
    { for: 'for two months', past: 'for the past two months', ago: 'two months ago' },
    { for: 'for about six months', past: 'over the last six months', ago: 'about six months ago' },
    { for: 'for over a year', past: 'for more than a year', ago: 'over a year ago' },
    { for: 'on and off for several years', past: 'on and off for several years', ago: 'several years ago' },
  ],
};

export const RELATIONS: Record<RelationKey, string> = {
  mother: 'mother',
  father: 'father',
  grandmother: 'grandmother',
  grandfather: 'grandfather',
  wife: 'wife',
  husband: 'husband',
  daughter: 'daughter',
  son: 'son',
  sister: 'sister',
  brother: 'brother',
};

const DECADES: Record<number, string> = {
  10: 'teens',
  20: 'twenties',
  30: 'thirties',
  40: 'forties',
  50: 'fifties',
  60: 'sixties',
  70: 'seventies',
  80: 'eighties',
};

const SURNAMES = [
  'Chen',
  'Lin',
  'Huang',
  'Chang',
  'Lee',
  'Wang',
  'Wu',
  'Liu',
  'Tsai',
  'Yang',
  'Hsu',
  'Cheng',
  'Kuo',
];
const GIVEN_FEMALE = ['Amy', 'Grace', 'Yvonne', 'Pei-shan', 'Vivian', 'Tina', 'Joanne', 'Hui-wen'];
const GIVEN_MALE = ['Kevin', 'Jason', 'Chih-wei', 'Eric', 'Leo', 'Ming', 'Howard', 'Andy'];
const GIVEN_ANY = ['Sam', 'Alex', 'J.', 'K.', 'Yu'];
const ANONYMOUS = ['Anonymous', 'Anonymous', 'A reader', 'Worried'];

/** The asker's pseudonym and the matching greeting: never "Mr." for a woman, no title when unsure. */
export function pseudonymEn(
  rng: Rng,
  c: Pick<DemoCase, 'gender' | 'askingFor' | 'ageRange'>,
): [string, string] {
  let roll = rng();
  if (roll < 0.2) return [pick(rng, ANONYMOUS), 'Hello,'];
  const surname = pick(rng, SURNAMES);
  if (c.askingFor === 'other' || c.gender === 'other') {
    if (roll < 0.6) return [surname, 'Hello,'];
    const given = pick(
      rng,
      c.gender === 'other' ? GIVEN_ANY : [...GIVEN_ANY, ...GIVEN_FEMALE, ...GIVEN_MALE],
    );
    return [given, `Hello ${given},`];
  }
  const title = c.gender === 'female' ? 'Ms.' : 'Mr.';
  if (ageStart(c.ageRange) < 20) roll = Math.max(roll, 0.75); // teenagers sign with a first name
  if (roll < 0.55) return [surname, `Hello ${title} ${surname},`];
  if (roll < 0.75) return [`${title} ${surname}`, `Hello ${title} ${surname},`];
  const given = pick(rng, c.gender === 'female' ? GIVEN_FEMALE : GIVEN_MALE);
  return [given, `Hello ${given},`];
}

function decadeOf(range: AgeRange): number {
  return Math.min(ageStart(range), 90);
}

/** Subject words for "I" or the relative the question is about. */
function subjectVars(c: DemoCase, firstMention: boolean): Record<string, string> {
  if (c.askingFor === 'self' || !c.relation) {
    return { subj: 'I', pron: 'I', my: 'my', me: 'me', have: 'have', am: 'am', do: 'do', s: '', we: 'I' };
  }
  const female = c.gender === 'female';
  const relation = RELATIONS[c.relation];
  const named = c.childAge !== undefined ? `my ${c.childAge}-year-old ${relation}` : `my ${relation}`;
  const pron = female ? 'she' : 'he';
  return {
    subj: firstMention ? named : pron,
    pron,
    my: female ? 'her' : 'his',
    me: female ? 'her' : 'him',
    have: 'has',
    am: 'is',
    do: 'does',
    s: 's',
    we: 'we',
  };
}

function ageDescription(c: DemoCase, poss: string): string {
  if (c.childAge !== undefined) return `${c.childAge} years old`;
  const decade = decadeOf(c.ageRange);
  return decade >= 90 ? 'over ninety' : `in ${poss} ${DECADES[decade]}`;
}

const INTROS = [
  '{subj} {have} had {name} {for}.',
  '{past}, {subj} {have} been having {name}.',
  '{subj} started having {name} {ago}, and it has not really settled.',
  '{subj} first noticed {name} {ago}.',
  '{past}, {subj} {have} been bothered by {name}.',
];

const RELATIVE_INTROS = [
  "I'm writing on behalf of my {relation}, who is {age}.",
  "I'd like to ask about my {relation}, who is {age}.",
  'This question is about my {relation}. {pron} is {age}.',
];

const HISTORY: AgedLine[] = [
  { t: "{pron} {have} no major illnesses and {do}n't take any regular medicine." },
  { t: '{pron} {have} mild high blood pressure, which is controlled with medication.', min: 40 },
  { t: "{pron} {do}n't smoke and rarely drink{s} alcohol.", min: 20, nonSmoker: true },
  { t: 'A health check last year showed nothing unusual.', min: 20 },
  { t: '{pron} {have} type 2 diabetes and take{s} tablets for it.', min: 40 },
  { t: '{pron} {am} generally healthy and exercise{s} a few times a week.', min: 10, max: 69 },
  { t: '{pron} {am} otherwise healthy and {my} vaccinations are up to date.', max: 19 },
  { t: '{pron} {have} a mild shellfish allergy but no other medical history.' },
  { t: '{pron} work{s} long hours at a desk and often sleep{s} late.', min: 20, max: 59 },
];

const TRIED: AgedLine[] = [
  { t: "Resting hasn't made much difference." },
  {
    t: '{we} went to a clinic near home and the medicine helped a little, but the problem came back once it ran out.',
  },
  { t: "I've read a lot online, and honestly it has only made me more anxious.", other: false },
  { t: "Searching online only made me more worried, so I'd rather ask a doctor.", other: true },
  { t: "{pron} {have}n't taken any medicine for it yet." },
  { t: "A pharmacist suggested an over-the-counter product, but I'd like a doctor's opinion first." },
  {
    t: '{pron} {have} tried sleeping earlier and cutting down on coffee, but nothing has really changed.',
    min: 15,
  },
];

const IMPACT: AgedLine[] = [
  { t: "It's starting to affect {my} sleep and concentration.", min: 15 },
  { t: 'Because of this, {pron} {have} been feeling rather anxious lately.' },
  { t: "My family thinks it's nothing, but I can't stop worrying about it." },
  { t: "It's getting in the way of daily life, and I'd like to understand what is going on." },
  { t: '{pron} {have} been more tired than usual and less interested in going out.', min: 15 },
];

const WORRIES: AgedLine[] = [
  { t: "I'm worried it might be something serious." },
  { t: 'Is this something {pron} can watch at home, or should {pron} see a doctor?' },
  { t: 'Which tests might be needed, and is a large hospital necessary or is a local clinic enough?' },
  { t: 'Should I be worried, or is this common?' },
  { t: 'What could be causing this, and what should {pron} do next?' },
  { t: 'Is there anything {pron} should avoid in the meantime?' },
  { t: "A friend had something similar that turned out to be minor, but I'd like to be sure." },
  { t: "I don't want to overreact, but I also don't want to miss anything important." },
  { t: "Work is busy right now, so I'd like to know how urgent this is.", other: false, min: 20, max: 64 },
];

const OPENERS = ['Hello doctor.', 'Hi,', 'Hello,', 'Good evening, doctor.', 'Dear doctor,'];
const CLOSINGS = [
  'Thank you.',
  'Thanks in advance.',
  'Thank you for your time.',
  'Any advice would be appreciated.',
];

function selfAgeSentence(rng: Rng, c: DemoCase): string {
  const decade = decadeOf(c.ageRange);
  if (decade < 20) return `I'm ${intBetween(rng, 13, 19)} years old.`;
  const span = decade >= 90 ? 'over ninety' : `in my ${DECADES[decade]}`;
  if (c.gender === 'other') return `I'm ${span}.`;
  return `I'm a ${c.gender === 'female' ? 'woman' : 'man'} ${span}.`;
}

const BACKGROUND: AgedLine[] = [
  {
    t: 'I work in tech, often more than ten hours a day, and my meals are irregular.',
    min: 20,
    max: 59,
    other: false,
  },
  { t: '{pron} look{s} after the grandchildren during the day and keep{s} fairly regular hours.', min: 60 },
  { t: '{pron} {am} in high school, and studying often goes on until midnight.', min: 10, max: 19 },
  { t: '{pron} {am} usually active and playful.', max: 9 },
  { t: '{pron} rarely exercise{s} and mostly stay{s} home at weekends.', min: 20 },
  { t: 'Things at home have been stressful lately.' },
  { t: '{pron} {am} retired and walk{s} in the park most mornings.', min: 60 },
];

const NUMBERED: AgedLine[] = [
  { t: 'What could be causing this?' },
  { t: 'Which tests would be needed?' },
  { t: 'Is a local clinic enough, or is a hospital better?' },
  { t: 'Is there anything to avoid in daily life?' },
  { t: 'Will it settle on its own?' },
  { t: 'Is medicine needed, or is it better to wait and see?' },
  { t: 'How soon should {pron} be seen?' },
];

const PHRASES: BodyPhrases = {
  openers: OPENERS,
  intros: INTROS,
  background: BACKGROUND,
  story: [], // English questions are long enough already
  history: HISTORY,
  tried: [
    ...TRIED,
    {
      t: '{pron} tried resting and drinking more water for a week, as the family suggested, but little changed.',
    },
    { t: 'Tests at another hospital were said to be mostly normal, but the symptoms are still there.' },
  ],
  impact: IMPACT,
  worries: WORRIES,
  concernWorries: [
    'Is this safe, and what should I watch out for?',
    'What would you recommend as the next step?',
    'Is there anything to prepare before the visit?',
    'How often should this be followed up?',
  ],
  eventWorries: [
    { t: 'Does this need to be seen today?' },
    { t: 'Is this something {pron} can watch at home, or should {pron} see a doctor?' },
    { t: "I'm worried it might be something serious." },
    { t: 'What should I watch out for over the next few days?' },
  ],
  progression: [
    'At first it was only occasional, but lately it has become more frequent.',
    'It comes and goes, with good days and bad days.',
    'It is about the same as when it started, neither better nor worse.',
    'It was mild at first but has gradually become more noticeable.',
  ],
  longShare: 0.3,
  extras: 0.35,
  numbered: NUMBERED,
  numberedLeads: ['My questions are:', 'I would like to ask:', 'A few questions:'],
  closings: CLOSINGS,
  details: { short: 1, normal: [1, 2], long: 3 },
  separator: ' ',
  relativeIntro(rng, c) {
    const vars = subjectVars(c, false);
    const age = ageDescription(c, vars.my!);
    return fill(pick(rng, RELATIVE_INTROS), { relation: RELATIONS[c.relation!], age, pron: vars.pron! });
  },
  selfAge: selfAgeSentence,
  vars: (c, named) => ({ ...subjectVars(c, named), ...DURATIONS[c.span][c.duration]!, name: c.text.name }),
  finish: sentenceCase,
};

/** The question body, from ~100 to ~800 characters. */
export function questionBodyEn(rng: Rng, c: DemoCase): string {
  return composeBody(rng, c, PHRASES);
}

export function questionTitleEn(rng: Rng, c: DemoCase): string {
  return pick(rng, c.text.titles);
}

function ageTitle(c: DemoCase): string {
  const age = ageStart(c.ageRange);
  if (age < 10) return 'in a young child';
  if (age < 20) return 'in a teenager';
  if (c.askingFor === 'other') return age >= 70 ? 'in an elderly parent' : 'in a family member';
  return `in my ${Math.min(age, 90)}s`;
}

/** A readable page title, like a good search-result title. */
export function pageTitleEn(rng: Rng, c: DemoCase): string {
  const { label, name } = c.text;
  const duration = DURATIONS[c.span][c.duration]!.for;
  const options = c.topic.concern
    ? [`${label}: what should I know?`, `${label}: when to see a doctor`, `${label}: a doctor's advice`]
    : c.text.intro // a one-off event (a cut, a fall): no "for two weeks" or "what can cause"
      ? [
          `${label}: should I worry?`,
          `${label}: when to see a doctor`,
          `${label} ${ageTitle(c)}: is it serious?`,
          `${label}: which tests might be needed?`,
        ]
      : [
          `${label} ${duration}: should I worry?`,
          `${label} ${duration}: what could it be?`,
          `${label} that won't go away: when to see a doctor`,
          `What can cause ${name}?`,
          `${label} ${ageTitle(c)}: is it serious?`,
          `${label}: which tests might be needed?`,
        ];
  return pick(rng, [...options, ...(c.text.headlines ?? [])]);
}
