/**
 * Medical abbreviations that the English stemmer would turn into the stem of other words: ALS →
 * `al` (as in "et al."), PMS → `pm` (as in "8 pm"), AED → `a`, IBS → `ib`, ACE → `ac`. They are
 * indexed and searched as written (lower case), so "PMS" finds premenstrual syndrome and not
 * every answer that names an evening hour.
 *
 * lexicon-data.test.ts checks that every all-caps word of a lexicon name whose stem differs is
 * listed here. A change to this list changes how documents are indexed: add a migration that
 * queues the documents holding the old stems (as 0013 does), so the worker rewrites them.
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
