/**
 * Composes a question body from a language's phrase book: an opening with the complaint and
 * a few details, then (sometimes) background, history, what was tried and how it affects
 * daily life, and the asker's questions. Shared by the English and Chinese templates so both
 * languages vary in the same way; only the phrases and the sentence joiner differ.
 */
import { chance, intBetween, pick, type Rng, sample } from './demo-random.ts';
import type { DemoCase } from './demo-types.ts';
import { type AgedLine, ageStart, fill, fittingLines, pickInOrder, topicKind } from './demo-wording.ts';

export interface BodyPhrases {
  openers: readonly string[];
  /** Generic openings for symptom topics: "{subj} {have} had {name} {for}." */
  intros: readonly string[];
  background: readonly AgedLine[];
  /** How it started, in long questions about symptoms (may be empty). */
  story: readonly AgedLine[];
  history: readonly AgedLine[];
  tried: readonly AgedLine[];
  impact: readonly AgedLine[];
  worries: readonly AgedLine[];
  /** Questions for topics that are not symptoms (a test result, a medicine). */
  concernWorries: readonly string[];
  /** Questions after a one-off event (a cut, a fall). */
  eventWorries: readonly AgedLine[];
  /** "At first it was only occasional..." (symptoms only). */
  progression: readonly string[];
  /** Share of long questions. */
  longShare: number;
  /** Chance of each optional sentence (history, what was tried...) in a normal-length question. */
  extras: number;
  /** Short questions for a numbered list, and the line that introduces the list. */
  numbered: readonly AgedLine[];
  numberedLeads: readonly string[];
  closings: readonly string[];
  /** How many topic details a short, normal and long question uses. */
  details: { short: number; normal: readonly [number, number]; long: number };
  /** Joins sentences: a space in English, nothing in Chinese. */
  separator: string;
  /** "I'd like to ask about my mother, who is in her seventies." */
  relativeIntro(rng: Rng, c: DemoCase): string;
  /** "I'm a woman in my thirties." */
  selfAge(rng: Rng, c: DemoCase): string;
  /** Placeholder values; `named` while the relative has not been introduced yet. */
  vars(c: DemoCase, named: boolean): Record<string, string>;
  /** Last touch on each paragraph or line (sentence case in English). */
  finish(text: string): string;
}

/** A question body of 2 to ~10 sentences, in one to three paragraphs. */
export function composeBody(rng: Rng, c: DemoCase, p: BodyPhrases): string {
  const other = c.askingFor === 'other' && c.relation !== undefined;
  const age = ageStart(c.ageRange);
  const lines = (list: readonly AgedLine[]) => fittingLines(list, age, other, c.smoker);
  const one = (list: readonly AgedLine[]) => sample(rng, lines(list), 1);
  const some = (list: readonly AgedLine[], n: number) => sample(rng, lines(list), n);
  const long = chance(rng, p.longShare);
  const short = !long && chance(rng, 0.15);
  // How it developed, what was tried and how it affects life only fit lasting symptoms,
  // not a one-off event (a cut, a fall) or a question about a test or a medicine.
  const kind = topicKind(c);
  const symptom = kind === 'symptom';

  const opening: string[] = [];
  if (chance(rng, 0.35)) opening.push(pick(rng, p.openers));
  const introduced = other && chance(rng, 0.5);
  if (introduced) opening.push(p.relativeIntro(rng, c));
  opening.push(pick(rng, c.text.intro ?? p.intros));
  if (symptom && chance(rng, long ? 0.7 : 0.25)) opening.push(pick(rng, p.progression));
  if (!other && chance(rng, short ? 0.1 : 0.3)) opening.push(p.selfAge(rng, c));
  const detailCount = short ? p.details.short : long ? p.details.long : intBetween(rng, ...p.details.normal);
  opening.push(...pickInOrder(rng, c.text.details, detailCount));

  const middle: string[] = [];
  if (symptom && long && p.story.length > 0 && chance(rng, 0.6)) middle.push(...one(p.story));
  if (!short && chance(rng, long ? 0.6 : p.extras / 2)) middle.push(...one(p.background));
  if (!short && chance(rng, long ? 0.85 : p.extras)) middle.push(...one(p.history));
  if (symptom && !short && chance(rng, long ? 0.8 : p.extras))
    middle.push(...some(p.tried, long ? intBetween(rng, 1, 2) : 1));
  if (symptom && long && chance(rng, 0.7)) middle.push(...some(p.impact, intBetween(rng, 1, 2)));

  const asks: string[] = [];
  let list: string[] | undefined;
  if (kind === 'concern') {
    asks.push(...sample(rng, p.concernWorries, long ? 2 : 1));
  } else if (kind === 'event') {
    asks.push(...some(p.eventWorries, long ? 2 : 1));
  } else if (long && chance(rng, 0.45)) {
    const questions = some(p.numbered, intBetween(rng, 2, 3));
    list = [pick(rng, p.numberedLeads), ...questions.map((question, i) => `${i + 1}. ${question}`)];
  } else {
    asks.push(...some(p.worries, long && chance(rng, 0.5) ? 2 : 1));
  }
  const closing = chance(rng, 0.5) ? [pick(rng, p.closings)] : [];

  const vars = p.vars(c, !introduced);
  const paragraph = (sentences: string[]) => p.finish(fill(sentences.join(p.separator), vars));
  const paragraphs = long
    ? [paragraph(opening), paragraph([...middle, ...asks, ...(list ? [] : closing)])]
    : [paragraph([...opening, ...middle, ...asks, ...closing])];
  if (list) paragraphs.push([...list, ...closing].map((line) => p.finish(fill(line, vars))).join('\n'));
  return paragraphs.filter(Boolean).join('\n\n');
}
