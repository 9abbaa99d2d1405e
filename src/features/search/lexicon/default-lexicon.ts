/**
 * The lexicon of the project's synonym data only (lexicon-data.ts), built once. Code that has a
 * database uses the site lexicon instead (site-lexicon.ts: data plus editors' entries).
 */
import { createLexicon, type Lexicon } from './lexicon.ts';
import { LEXICON_GROUPS } from './lexicon-data.ts';

let lexicon: Lexicon | undefined;

/** The lexicon of the project's synonym data (built on first use: ~600 concepts, a few ms). */
export function defaultLexicon(): Lexicon {
  lexicon ??= createLexicon(LEXICON_GROUPS);
  return lexicon;
}
