/**
 * The shape of the project's lay ↔ clinical synonym data and the helper its data files use.
 * The data is the project's own compilation of common medical vocabulary in English and
 * Traditional Chinese as used in Taiwan.
 */

/** One name of a concept. */
export interface LexiconTerm {
  text: string;
  lang: 'en' | 'zh';
  kind: 'lay' | 'clinical';
}

/** One concept (symptom, condition, test, drug class, body part …) with all of its names. */
export interface LexiconGroup {
  id: string;
  terms: readonly LexiconTerm[];
}

/** The names of one concept, by language and register. */
export interface ConceptNames {
  /** What askers write in English: "heartburn", "high blood pressure". */
  enLay?: readonly string[];
  /** What doctors write in English: "gastroesophageal reflux", "hypertension". */
  enClinical?: readonly string[];
  /** What askers write in Chinese: "火燒心", "手一直抖". */
  zhLay?: readonly string[];
  /** What doctors write in Chinese: "胃食道逆流", "震顫". */
  zhClinical?: readonly string[];
}

/**
 * A concept group. Rules for editors (checked by lexicon-data.test.ts): one concept per group,
 * kebab-case id, a name may belong to one group only, at least one English and one Chinese name,
 * Traditional Chinese only, and no broad word ("pain", "痛") next to a specific one.
 */
export function concept(id: string, names: ConceptNames): LexiconGroup {
  const terms: LexiconTerm[] = [];
  for (const text of names.enLay ?? []) terms.push({ text, lang: 'en', kind: 'lay' });
  for (const text of names.enClinical ?? []) terms.push({ text, lang: 'en', kind: 'clinical' });
  for (const text of names.zhLay ?? []) terms.push({ text, lang: 'zh', kind: 'lay' });
  for (const text of names.zhClinical ?? []) terms.push({ text, lang: 'zh', kind: 'clinical' });
  return { id, terms };
}
