/** Shapes shared by the demo-data generator, its content files and its language templates. */
import type { AgeRange, AskingFor, Gender, Lang } from '../../db/schema.ts';
import type { CatalogDepartment } from '../departments/department-catalog.ts';

/** One topic's wording in one language. */
export interface TopicText {
  /** Mid-sentence noun phrase: "muscle twitching", "a dry cough" / "肌肉跳動". */
  name: string;
  /** Head of a page title, capitalised, no article: "Muscle twitching" / "肌肉跳動". */
  label: string;
  /** The asker's own short titles. */
  titles: string[];
  /** Observations, written without a subject so they fit "I", "my mother" and "my son". */
  details: string[];
  /** The doctor's general, non-diagnostic explanation (one or two sentences). */
  note: string;
  /** What an in-person visit may include: "a neurological examination and blood tests". */
  check: string;
  /**
   * For topics that are not symptoms (medicines, diet, quitting): opening sentences that
   * replace the generic "I have had X for Y". May use the subject placeholders.
   */
  intro?: string[];
  /** Where to go in person, when the department's usual clinic is not right (urgent topics). */
  visit?: string;
  /** Extra readable page titles for this topic. */
  headlines?: string[];
}

/** How long people usually have had a complaint before asking. */
export type Span = 'acute' | 'recent' | 'chronic';

export interface Topic {
  en: TopicText;
  zh: TopicText;
  /** Restricts who the question is about. */
  gender?: 'female' | 'male';
  ages?: readonly AgeRange[];
  spans?: readonly Span[];
  /** A question about a test result, a medicine or a plan rather than a symptom. */
  concern?: boolean;
  /** Questions people ask only about themselves (sexual health, for example). */
  selfOnly?: boolean;
  /** Indexes of the department's red flags that fit this topic (default: all of them). */
  flags?: readonly number[];
  /** Indexes of the department's self-care tips that fit this topic (default: all of them). */
  care?: readonly number[];
}

export interface DepartmentLangText {
  /** Infinitive phrases: "keep a short diary of when it happens" / "記錄症狀出現的時間". */
  selfCare: string[];
  /** Clauses that fit "If ..., go to the emergency department": "a fever above 39°C lasts". */
  redFlags: string[];
  /** 2-4 general FAQ entries. */
  faqs: Array<readonly [question: string, answer: string]>;
  /** What the department's doctors mainly see, for bios: "preventive care and health checks". */
  focus: string;
  /** Where to go in person, when not "a {Department} clinic" / "{科}門診". */
  visit?: string;
}

export interface DepartmentContent {
  slug: string;
  topics: Topic[];
  en: DepartmentLangText;
  zh: DepartmentLangText;
  /** How often this department is asked about, relative to 1. */
  weight?: number;
  /** Share of questions asked on behalf of someone else (default 0.18). */
  otherShare?: number;
}

export type RelationKey =
  | 'mother'
  | 'father'
  | 'grandmother'
  | 'grandfather'
  | 'wife'
  | 'husband'
  | 'daughter'
  | 'son'
  | 'sister'
  | 'brother';

/** The language-independent facts of one generated question. */
export interface DemoCase {
  lang: Lang;
  department: CatalogDepartment;
  content: DepartmentContent;
  topic: Topic;
  text: TopicText;
  langText: DepartmentLangText;
  /** The department's self-care tips and red flags that fit the topic, in the case's language. */
  selfCare: string[];
  redFlags: string[];
  /** The question is about smoking, or mentions it: no "I don't smoke" lines. */
  smoker: boolean;
  span: Span;
  /** Index into the span's durations. */
  duration: number;
  ageRange: AgeRange;
  gender: Gender;
  askingFor: AskingFor;
  relation?: RelationKey;
  /** Exact age in years of a child the question is about. */
  childAge?: number;
  pseudonym: string;
  /** Greeting line of the answer, already matching the asker. */
  greeting: string;
}

export interface DemoHospital {
  /** The canonical name used in import records (English). */
  name: string;
  nameZh: string;
  city: string;
}

export interface DemoDoctor {
  /** The canonical romanised name used in import records. */
  name: string;
  nameZh: string;
  /** Canonical hospital name. */
  hospital: string;
  departments: string[];
  titleEn: string;
  titleZh: string;
  bioEn: string;
  bioZh: string;
}

export interface DemoFaq {
  departmentSlug: string;
  lang: Lang;
  question: string;
  answer: string;
}
