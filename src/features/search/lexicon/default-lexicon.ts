/** The site's lexicon: the project's synonym data (lexicon-data.ts) as a matcher, built once. */
import { createLexicon, type Lexicon } from './lexicon.ts';
import { LEXICON_GROUPS } from './lexicon-data.ts';

let lexicon: Lexicon | undefined;

/** The lexicon of the project's synonym data (built on first use: ~600 concepts, a few ms). */
export function defaultLexicon(): Lexicon {
  lexicon ??= createLexicon(LEXICON_GROUPS);
  return lexicon;
}
