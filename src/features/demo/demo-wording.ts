/** Small wording helpers shared by the English and Chinese templates. */
import type { AgeRange } from '../../db/schema.ts';
import { type Rng, sample } from './demo-random.ts';
import type { DemoCase } from './demo-types.ts';

/** Replaces `{key}` placeholders; unknown keys are left as they are, so tests can catch them. */
export function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{([\p{L}\p{N}_]+)\}/gu, (whole, key: string) => vars[key] ?? whole);
}

/** Upper-cases the first letter of the text and of every sentence in it. */
export function sentenceCase(text: string): string {
  return text.replace(
    /(^|[.!?]\s+)([a-z])/g,
    (_, lead: string, letter: string) => lead + letter.toUpperCase(),
  );
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a" or "an" for the word that follows ("a Urology clinic", "an Oncology clinic"). */
export function article(word: string): 'a' | 'an' {
  return /^(?:[aeio]|u(?!ro|ni|se))/i.test(word) ? 'an' : 'a';
}

/** First year of an age band: "30-39" → 30, "90+" → 90. */
export function ageStart(range: AgeRange): number {
  return Number.parseInt(range, 10);
}

/** Joins a list as "a, b and c" / "甲、乙與丙". */
export function joinList(items: readonly string[], lang: 'en' | 'zh'): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1).join(lang === 'en' ? ', ' : '、');
  return `${head}${lang === 'en' ? ' and ' : '與'}${items[items.length - 1]}`;
}

/** A template line with optional limits on who it suits. */
export interface AgedLine {
  t: string;
  min?: number;
  max?: number;
  /** Only when asking about someone else (true) or only about oneself (false). */
  other?: boolean;
  /** Says the person does not smoke: never used in questions about smoking. */
  nonSmoker?: boolean;
}

/** The lines whose optional limits fit this person (possibly none). */
export function fittingLines(
  lines: readonly AgedLine[],
  age: number,
  other: boolean,
  smoker = false,
): string[] {
  const fitting = lines.filter(
    (line) =>
      !(smoker && line.nonSmoker) &&
      (line.min === undefined || age >= line.min) &&
      (line.max === undefined || age <= line.max) &&
      (line.other === undefined || line.other === other),
  );
  return fitting.map((line) => line.t);
}

/** `count` distinct items, kept in the order they were written (details read in a sensible order). */
export function pickInOrder(rng: Rng, items: readonly string[], count: number): string[] {
  const chosen = new Set(sample(rng, items, count));
  return items.filter((item) => chosen.has(item));
}

/**
 * What a question is about: a lasting symptom, a one-off event (a cut, a fall: the topic has
 * its own opening sentence) or a concern about a test result, a medicine or a plan.
 */
export function topicKind(c: Pick<DemoCase, 'topic' | 'text'>): 'symptom' | 'event' | 'concern' {
  if (c.topic.concern) return 'concern';
  return c.text.intro ? 'event' : 'symptom';
}
