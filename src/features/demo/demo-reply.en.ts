/**
 * English templates of the demo data for the doctor's side: the reply and the More Info
 * article. Replies give general information and always recommend an in-person visit.
 */

import { RELATIONS } from './demo-question.en.ts';
import { chance, pick, type Rng, sample } from './demo-random.ts';
import type { DemoCase } from './demo-types.ts';
import { article, capitalize, fill, sentenceCase, topicKind } from './demo-wording.ts';

function placeEn(c: DemoCase): string {
  const name = c.department.nameEn;
  return c.text.visit ?? c.langText.visit ?? `${article(name)} ${name} clinic`;
}

function whoEn(c: DemoCase): { your: string; case: string } {
  if (c.askingFor !== 'other' || !c.relation) return { your: 'you', case: 'your case' };
  const relation = `your ${RELATIONS[c.relation]}`;
  return { your: relation, case: `${relation}'s case` };
}

const ACKS_SELF = [
  'Thank you for your question.',
  'Thank you for the detailed description.',
  'I understand why this has been worrying you.',
  'Thanks for writing in.',
];
const ACKS_OTHER = [
  'Thank you for your question.',
  'It is good that you are looking out for {your}.',
  'Thank you for describing the situation so clearly.',
];
const DISCLAIMERS = [
  "Without an examination, though, it isn't possible to tell what is behind it in {case}.",
  "An online reply can only give general information and can't replace an examination.",
  'A written description alone is not enough to say what the cause is in {case}.',
];
const KIND_DISCLAIMERS: Partial<Record<'symptom' | 'event' | 'concern', string>> = {
  event: 'How serious it is cannot be judged reliably from a written description.',
  concern:
    "An online reply can only give general information; the right advice depends on each person's situation.",
};
const WHY_IN_PERSON = {
  symptom:
    'Because different causes can look alike, an in-person examination is the reliable way to tell them apart.',
  event:
    'How serious an injury is can be hard to judge at home, so an examination is the safest way to be sure.',
  concern: 'What applies to one person may not apply to another, so it is worth discussing in person.',
};
const SELF_CARE = [
  'In the meantime, it may help to {care}.',
  'Before the visit, try to {care}.',
  'For now, it is sensible to {care}.',
];
const RED_FLAGS = [
  'If {flag}, please go to an emergency department right away rather than waiting for a clinic appointment.',
  'Please seek urgent care without delay if {flag}.',
];
const VISITS_SELF = [
  'I recommend visiting {place} in person; the assessment there may include {check}.',
  'The best next step is to be seen in person at {place}, where the assessment may include {check}.',
  'Please make an appointment at {place} and go in person; the visit may include {check}.',
];
const VISITS_OTHER = [
  'I recommend bringing {your} to {place} in person; the assessment there may include {check}.',
  'The best next step is for {your} to be seen in person at {place}, where the assessment may include {check}.',
];
const CLOSINGS_SELF = [
  'I hope you feel better soon.',
  'Wishing you good health.',
  'I hope this helps. Take care.',
];
const CLOSINGS_OTHER = [
  'I hope {your} feels better soon.',
  'Wishing your family good health.',
  'I hope this helps. Take care.',
];
const CLOSINGS_ANY = [
  'Take care, and feel free to write again if anything changes.',
  'Feel free to write again if you have more questions. Wishing you well.',
];

/** A doctor's reply: greeting, general information, when to hurry, an in-person visit, a closing. */
export function answerEn(rng: Rng, c: DemoCase, second: boolean): string {
  const other = c.askingFor === 'other' && c.relation !== undefined;
  const vars = { ...whoEn(c), place: placeEn(c), check: c.text.check };
  const [care, care2] = sample(rng, c.selfCare, 2);
  const middle: string[] = [];
  if (care && (second || chance(rng, 0.75))) middle.push(fill(pick(rng, SELF_CARE), { care }));
  if (second && care2) middle.push(`It may also help to ${care2}.`);
  if (c.redFlags.length > 0 && (second || chance(rng, 0.7))) {
    middle.push(fill(pick(rng, RED_FLAGS), { flag: pick(rng, c.redFlags) }));
  }
  const first = second
    ? [
        middle.length > 0
          ? "I agree with my colleague's reply and would like to add a few points."
          : "I agree with my colleague's reply.",
      ]
    : [
        pick(rng, other ? ACKS_OTHER : ACKS_SELF),
        c.text.note,
        KIND_DISCLAIMERS[topicKind(c)] ?? pick(rng, DISCLAIMERS),
      ];
  const visit = pick(rng, other ? VISITS_OTHER : VISITS_SELF);
  // "Feel better soon" does not fit a question about a test result or a medicine.
  const closings = [...(other ? CLOSINGS_OTHER : CLOSINGS_SELF), ...CLOSINGS_ANY];
  const closing = pick(
    rng,
    c.topic.concern ? closings.filter((line) => !line.includes('better soon')) : closings,
  );
  const paragraphs = [c.greeting, first.join(' '), middle.join(' '), visit, closing].filter(Boolean);
  return paragraphs.map((p) => sentenceCase(fill(p, vars))).join('\n\n');
}

/** "High PSA" → "high PSA"; acronyms keep their capitals. */
function lowerFirst(text: string): string {
  return /^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** A short educational "More Info" article in Markdown. */
export function moreInfoEn(rng: Rng, c: DemoCase, machine: boolean): string {
  const { label, note, check } = c.text;
  const machineHeadings = {
    symptom: 'common causes and when to get checked',
    event: 'first steps and when to get checked',
    concern: 'what to know',
  };
  const heading = machine ? `## ${label}: ${machineHeadings[topicKind(c)]}` : `## About ${lowerFirst(label)}`;
  const bullets = (lines: string[]) =>
    sample(rng, lines, 2)
      .map((line) => `- ${capitalize(line)}.`)
      .join('\n');
  const parts = [heading, `${note} ${WHY_IN_PERSON[topicKind(c)]}`];
  if (c.selfCare.length > 0) parts.push('### Things that may help', bullets(c.selfCare));
  if (c.redFlags.length > 0) parts.push('### When to seek help quickly', bullets(c.redFlags));
  parts.push(
    `At ${placeEn(c)}, the visit usually starts with questions about the symptoms and may include ${check}.`,
    '*This article is general health information, not a diagnosis. If symptoms persist, change or worry you, please see a doctor in person.*',
  );
  return parts.join('\n\n');
}
