/**
 * A lexicon concept as one lexeme of the search index. The indexer writes it wherever a name of
 * the concept occurs (document-vector.ts); a query for the concept then reads its one posting
 * list instead of every name's, and needs no recheck of phrase positions. The key (the digest of
 * the concept's names) is part of the lexeme: after the names change, mentions indexed under the
 * old ones never match. '§' is never part of a token, so no word can collide with it.
 */
export const CONCEPT_LEXEME_PREFIX = '§c:';

export function conceptLexeme(conceptId: string, key: string): string {
  return `${CONCEPT_LEXEME_PREFIX}${conceptId}:${key}`;
}
