/**
 * The project's bilingual lay ↔ clinical synonym lexicon: one group per concept (symptom,
 * condition, test, drug class, procedure, body part where lay and clinical names differ) with
 * every name in English and Traditional Chinese as used in Taiwan. It is the project's own
 * compilation of common medical vocabulary. Search expands queries with it and similar-question
 * matching uses it to recognize the same intent behind different wording.
 *
 * The data is split by department family (lexicon-*.ts); editors add a `concept(...)` entry to
 * the file of the department it belongs to. lexicon-data.test.ts checks the rules.
 */
import { BONE_JOINT_GROUPS } from './lexicon-bones-joints.ts';
import { BRAIN_MIND_GROUPS } from './lexicon-brain-mind.ts';
import { CARE_GROUPS } from './lexicon-care.ts';
import { DIGESTIVE_GROUPS } from './lexicon-digestive.ts';
import { EYE_EAR_TEETH_GROUPS } from './lexicon-eye-ear-teeth.ts';
import { GENERAL_GROUPS } from './lexicon-general.ts';
import { HEART_LUNG_GROUPS } from './lexicon-heart-lung.ts';
import { KIDNEY_HORMONE_GROUPS } from './lexicon-kidney-hormones.ts';
import { SKIN_GROUPS } from './lexicon-skin.ts';
import type { LexiconGroup } from './lexicon-term.ts';
import { TESTS_CANCER_GROUPS } from './lexicon-tests-cancer.ts';
import { WOMEN_CHILDREN_GROUPS } from './lexicon-women-children.ts';

export type { LexiconGroup, LexiconTerm } from './lexicon-term.ts';

/** Every concept group of the lexicon. */
export const LEXICON_GROUPS: readonly LexiconGroup[] = [
  ...GENERAL_GROUPS,
  ...HEART_LUNG_GROUPS,
  ...DIGESTIVE_GROUPS,
  ...KIDNEY_HORMONE_GROUPS,
  ...BRAIN_MIND_GROUPS,
  ...BONE_JOINT_GROUPS,
  ...WOMEN_CHILDREN_GROUPS,
  ...EYE_EAR_TEETH_GROUPS,
  ...SKIN_GROUPS,
  ...TESTS_CANCER_GROUPS,
  ...CARE_GROUPS,
];
