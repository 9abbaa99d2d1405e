/**
 * Deterministic demo data: bilingual Q&As across every catalog department, written from
 * templates and per-department vocabularies, in the import format (transfer.schema.ts).
 * Pure: the same options always give the same output, and record N does not depend on the
 * count, so loading 200 and later 2,000 questions keeps the first 200 unchanged.
 */
import type { AgeRange, AskingFor, Gender, Lang, QuestionStatus } from '../../db/schema.ts';
import { type CatalogDepartment, DEPARTMENT_CATALOG } from '../departments/department-catalog.ts';
import type { ImportRecord } from '../transfer/transfer.schema.ts';
import { DEPARTMENT_CONTENT } from './content/index.ts';
import { buildDemoDoctor } from './demo-doctors.ts';
import { DEMO_HOSPITALS, DEMO_ROSTER, type RosterEntry } from './demo-people.ts';
import { pageTitleEn, pseudonymEn, questionBodyEn, questionTitleEn } from './demo-question.en.ts';
import { pageTitleZh, pseudonymZh, questionBodyZh, questionTitleZh } from './demo-question.zh.ts';
import { chance, intBetween, mixSeed, mulberry32, pick, type Rng, sample, weighted } from './demo-random.ts';
import { answerEn, moreInfoEn } from './demo-reply.en.ts';
import { answerZh, moreInfoZh } from './demo-reply.zh.ts';
import type {
  DemoCase,
  DemoDoctor,
  DemoFaq,
  DemoHospital,
  DepartmentContent,
  RelationKey,
  Topic,
} from './demo-types.ts';
import { ageStart } from './demo-wording.ts';

export type { DemoDoctor, DemoFaq, DemoHospital } from './demo-types.ts';

export interface GenerateDemoOptions {
  /** Number of questions. */
  count: number;
  seed?: number;
  /** Questions are asked between these dates. */
  from?: Date;
  to?: Date;
}

export interface DemoData {
  records: ImportRecord[];
  /** Every doctor who answers at least one record. */
  doctors: DemoDoctor[];
  /** Every hospital of those doctors, with its Chinese name. */
  hospitals: DemoHospital[];
  /** 2-4 FAQ entries per department and language. */
  faqs: DemoFaq[];
}

const DAY = 86_400_000;

/** Who asks, when nothing narrows it: mostly working-age adults. */
const ADULT_AGES: readonly (readonly [AgeRange, number])[] = [
  ['10-19', 4],
  ['20-29', 16],
  ['30-39', 20],
  ['40-49', 17],
  ['50-59', 14],
  ['60-69', 11],
  ['70-79', 7],
  ['80-89', 3],
  ['90+', 1],
];
const CHILD_AGES: readonly (readonly [AgeRange, number])[] = [
  ['0-9', 7],
  ['10-19', 3],
];

const STATUSES: readonly (readonly [QuestionStatus, number])[] = [
  ['published', 94],
  ['submitted', 2],
  ['approved', 2],
  ['answered', 2],
];

interface DepartmentPlan {
  catalog: CatalogDepartment;
  content: DepartmentContent;
  staff: RosterEntry[];
}

function planDepartments(): DepartmentPlan[] {
  return DEPARTMENT_CATALOG.flatMap((catalog) => {
    const content = DEPARTMENT_CONTENT[catalog.slug];
    if (!content) return [];
    const staff = DEMO_ROSTER.filter((entry) => entry.departments.includes(catalog.slug));
    return staff.length > 0 ? [{ catalog, content, staff }] : [];
  });
}

function pickAge(rng: Rng, plan: DepartmentPlan, topic: Topic): AgeRange {
  const base = plan.catalog.slug === 'pediatrics' ? CHILD_AGES : ADULT_AGES;
  const allowed = topic.ages;
  if (!allowed) return weighted(rng, base);
  const fitting = [...CHILD_AGES.slice(0, 1), ...ADULT_AGES].filter(([range]) => allowed.includes(range));
  return weighted(rng, fitting.length > 0 ? fitting : base);
}

function pickAskingFor(rng: Rng, age: number, content: DepartmentContent): AskingFor {
  if (age < 10) return 'other';
  const share = age < 20 ? 0.6 : age >= 80 ? 0.8 : age >= 70 ? 0.55 : (content.otherShare ?? 0.15);
  return chance(rng, share) ? 'other' : 'self';
}

function pickRelation(rng: Rng, age: number, gender: 'female' | 'male'): RelationKey {
  const f = gender === 'female';
  const child: RelationKey = f ? 'daughter' : 'son';
  const spouse: RelationKey = f ? 'wife' : 'husband';
  const sibling: RelationKey = f ? 'sister' : 'brother';
  const parent: RelationKey = f ? 'mother' : 'father';
  const grandparent: RelationKey = f ? 'grandmother' : 'grandfather';
  if (age < 20) return child;
  if (age < 30) return pick(rng, [child, sibling, spouse]);
  if (age < 50) return pick(rng, [spouse, spouse, sibling]);
  if (age < 70) return pick(rng, [spouse, parent, parent, sibling]);
  if (age < 80) return pick(rng, [parent, parent, spouse]);
  return pick(rng, [parent, grandparent]);
}

function pickGender(rng: Rng, topic: Topic, askingFor: AskingFor): Gender {
  if (topic.gender) return topic.gender;
  const genders: (readonly [Gender, number])[] = [
    ['female', 55],
    ['male', 43],
  ];
  if (askingFor === 'self') genders.push(['other', 2]);
  return weighted(rng, genders);
}

/** The language-independent facts of question `index`, plus its pseudonym and greeting. */
function buildCase(rng: Rng, plan: DepartmentPlan, lang: Lang): DemoCase {
  const topic = pick(rng, plan.content.topics);
  const ageRange = pickAge(rng, plan, topic);
  const age = ageStart(ageRange);
  const askingFor = topic.selfOnly && age >= 20 ? 'self' : pickAskingFor(rng, age, plan.content);
  const gender = pickGender(rng, topic, askingFor);
  const relation = askingFor === 'other' && gender !== 'other' ? pickRelation(rng, age, gender) : undefined;
  const childAge = relation === 'son' || relation === 'daughter' ? childAgeFor(rng, ageRange) : undefined;
  const span = pick(rng, topic.spans ?? (['recent', 'chronic'] as const));
  const en = lang === 'en';
  const langText = en ? plan.content.en : plan.content.zh;
  const subset = (lines: string[], picks: readonly number[] | undefined) =>
    picks ? picks.flatMap((i) => lines[i] ?? []) : lines;
  const partial = {
    lang,
    department: plan.catalog,
    content: plan.content,
    topic,
    text: en ? topic.en : topic.zh,
    langText,
    selfCare: subset(langText.selfCare, topic.care),
    redFlags: subset(langText.redFlags, topic.flags),
    smoker: plan.catalog.slug === 'smoking-cessation' || topic.en.details.some((line) => /smok/i.test(line)),
    span,
    duration: intBetween(rng, 0, 3),
    ageRange,
    gender,
    askingFor: relation ? askingFor : 'self',
    relation,
    childAge,
  } satisfies Omit<DemoCase, 'pseudonym' | 'greeting'>;
  const [pseudonym, greeting] = en ? pseudonymEn(rng, partial) : pseudonymZh(rng, partial);
  return { ...partial, pseudonym, greeting };
}

function childAgeFor(rng: Rng, range: AgeRange): number | undefined {
  if (range === '0-9') return intBetween(rng, 1, 9);
  if (range === '10-19') return intBetween(rng, 10, 17);
  return undefined;
}

function isoAt(ms: number): string {
  return new Date(ms).toISOString();
}

function buildRecord(
  index: number,
  seed: number,
  plan: DepartmentPlan,
  from: number,
  to: number,
): ImportRecord {
  const rng = mulberry32(mixSeed(seed, index, 0x5eed));
  const lang: Lang = chance(rng, 0.5) ? 'en' : 'zh-TW';
  const c = buildCase(rng, plan, lang);
  const en = lang === 'en';
  const status = weighted(rng, STATUSES);
  const recent = status !== 'published';
  // Work still waiting in a queue was asked recently; published Q&As are spread over the years.
  const askedMs = recent
    ? to - intBetween(rng, 1, 25) * DAY - rng() * DAY
    : from + rng() * Math.max(0, to - from - 6 * DAY);

  const answers: ImportRecord['answers'] = [];
  if (status === 'published' || status === 'answered') {
    const doctors = sample(rng, plan.staff, chance(rng, 0.1) ? 2 : 1);
    let answeredMs = askedMs;
    doctors.forEach((doctor, i) => {
      answeredMs = Math.min(to, answeredMs + (i === 0 ? rng() * 5 * DAY : rng() * DAY) + 30 * 60_000);
      answers.push({
        doctorName: doctor.name,
        hospital: DEMO_HOSPITALS[doctor.hospital]!.name,
        body: en ? answerEn(rng, c, i > 0) : answerZh(rng, c, i > 0),
        answeredAt: isoAt(answeredMs),
        department: en ? plan.catalog.nameEn : plan.catalog.nameZh,
      });
    });
  }

  const record: ImportRecord = {
    externalId: `demo-${String(index + 1).padStart(6, '0')}`,
    lang,
    department: en ? plan.catalog.nameEn : plan.catalog.nameZh,
    title: en ? pageTitleEn(rng, c) : pageTitleZh(rng, c),
    question: {
      title: en ? questionTitleEn(rng, c) : questionTitleZh(rng, c),
      body: en ? questionBodyEn(rng, c) : questionBodyZh(rng, c),
      askerName: c.pseudonym,
      ageRange: c.ageRange,
      gender: c.gender,
      askedAt: isoAt(askedMs),
      askingFor: c.askingFor,
    },
    answers,
    status,
    viewCount: status === 'published' ? Math.floor(5000 * rng() ** 3) : 0,
  };
  if (status === 'published' && chance(rng, 0.3)) {
    const machine = chance(rng, 0.5);
    record.moreInfo = en ? moreInfoEn(rng, c, machine) : moreInfoZh(rng, c, machine);
    if (machine) {
      record.moreInfoMachine = true;
      record.moreInfoReviewed = true;
    }
  }
  return record;
}

/** Generates `count` demo Q&As with the doctors, hospitals and FAQs they need. */
export function generateDemoData(options: GenerateDemoOptions): DemoData {
  const seed = options.seed ?? 1;
  const from = (options.from ?? new Date('2019-01-01')).getTime();
  const to = (options.to ?? new Date('2026-10-31')).getTime();
  if (!(to > from)) throw new Error('generateDemoData: "to" must be after "from"');
  const plans = planDepartments();
  // The first questions visit every department once, in a seed-dependent order.
  const firstRound = sample(mulberry32(mixSeed(seed, 0xc0ffee)), plans, plans.length);
  const weights = plans.map((plan) => [plan, plan.content.weight ?? 1] as const);

  const records: ImportRecord[] = [];
  for (let index = 0; index < options.count; index++) {
    const plan = firstRound[index] ?? weighted(mulberry32(mixSeed(seed, index, 0xde9)), weights);
    records.push(buildRecord(index, seed, plan, from, to));
  }

  const used = new Set(records.flatMap((record) => record.answers.map((answer) => answer.doctorName)));
  const doctors = DEMO_ROSTER.flatMap((entry, i) =>
    used.has(entry.name) ? [buildDemoDoctor(entry, i)] : [],
  );
  const hospitalNames = new Set(doctors.map((doctor) => doctor.hospital));
  const hospitals = DEMO_HOSPITALS.filter((hospital) => hospitalNames.has(hospital.name));
  const faqs = plans.flatMap(({ catalog, content }) =>
    (['en', 'zh-TW'] as const).flatMap((lang) =>
      (lang === 'en' ? content.en : content.zh).faqs.map(([question, answer]) => ({
        departmentSlug: catalog.slug,
        lang,
        question,
        answer,
      })),
    ),
  );
  return { records, doctors, hospitals, faqs };
}
