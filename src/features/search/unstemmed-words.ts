/**
 * Medical abbreviations that the English stemmer would turn into the stem of other words: ALS →
 * `al` (as in "et al."), PMS → `pm` (as in "8 pm"), AED → `a`, IBS → `ib`, ACE → `ac`. They are
 * indexed and searched as written (lower case), so "PMS" finds premenstrual syndrome and not
 * every answer that names an evening hour.
 *
 * A lexicon name with an all-caps word the stemmer would change is refused until the word is
 * listed here (lexicon-rules.ts: the data files' test and the editors' form both apply it). A
 * change to this list changes how documents are indexed: add a migration that queues the
 * documents holding the old stems (as 0013 does), so the worker rewrites them.
 */
export const UNSTEMMED_WORDS: ReadonlySet<string> = new Set([
  'ace',
  'aed',
  'als',
  'dcis',
  'ibs',
  'iqos',
  'pcos',
  'pfps',
  'pms',
  'rls',
  'sars',
]);
