/**
 * A Q&A as a PostgreSQL tsvector literal built from the app's own tokens: the page title and
 * the asker's title at weight A, the question and the answers at the default weight (D).
 *
 * Writing the literal ('肌肉':1A '肉跳':2A …) instead of calling to_tsvector() on the tokens
 * keeps PostgreSQL's parser out of it: positions are exactly ours (phrase queries rely on
 * them), and the result is the same on PGlite and PostgreSQL whatever the database locale.
 */
import { conceptLexeme } from './concept-lexeme.ts';
import type { Lexicon } from './lexicon/lexicon.ts';
import { normalizeText, scanTokens } from './tokenize.ts';

/** The text of a Q&A that search looks at. */
export interface IndexText {
  pageTitle: string;
  title: string;
  body: string;
  answers: readonly string[];
}

// tsvector limits: positions 1..16383 (larger ones are clamped), at most 256 per lexeme.
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 256;
/** A gap between fields, so a phrase never matches across the end of one and the start of the next. */
const FIELD_GAP = 2;
/** Text past this length is not indexed (keeps a pathological Q&A far below tsvector's 1 MB). */
const MAX_FIELD_CHARS = 30_000;

/**
 * Builds the tsvector literal of a Q&A. Body and answers carry no weight letter, which is
 * tsvector's default label D: the same as writing B, with one byte less per position (this
 * literal is most of what an import sends to the database).
 */
export function documentVector(text: IndexText): string {
  return documentVectors(text).tsv;
}

/**
 * The whole Q&A (`tsv`) and its titles alone (`titleTsv`, same positions, weight A): the small
 * title vector stays inline in the table row, so ranking a slice of a common term's matches
 * by it reads no TOASTed data. With a lexicon, every mention of a concept's names is also a
 * concept lexeme at the mention's first position (concept-lexeme.ts): a query for the concept
 * reads one posting list instead of matching every name as a phrase.
 */
export function documentVectors(text: IndexText, lexicon?: Lexicon): { tsv: string; titleTsv: string } {
  const positions = new Map<string, number[]>();
  const tokens: string[] = [];
  let pos = 1;
  const add = (field: string) => {
    if (!field) return;
    const normalized = normalizeText(
      field.length > MAX_FIELD_CHARS ? field.slice(0, MAX_FIELD_CHARS) : field,
    );
    pos = scanTokens(normalized, 'index', pos, (token, at) => {
      tokens[at] = token;
      const list = positions.get(token);
      if (!list) positions.set(token, [at]);
      else if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(at);
    });
    pos += FIELD_GAP;
  };
  add(text.pageTitle);
  if (text.title.trim() !== text.pageTitle.trim()) add(text.title);
  const bodyStart = pos;
  add(text.body);
  for (const answer of text.answers) add(answer);
  // A mention starting in the titles and ending in the body (names with gaps, rare) is left out
  // of the title vector, where its phrase would not match either.
  const crossing = new Set<string>();
  if (lexicon) {
    for (const found of lexicon.occurrences(tokens)) {
      const lexeme = conceptLexeme(found.conceptId, lexicon.conceptKey(found.conceptId));
      const list = positions.get(lexeme);
      if (found.pos < bodyStart && found.last >= bodyStart)
        crossing.add(`${quoteLexeme(lexeme)}\t${found.pos}`);
      if (!list) positions.set(lexeme, [found.pos]);
      else if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(found.pos);
    }
  }
  let out = '';
  let title = '';
  for (const [token, list] of positions) {
    const quoted = quoteLexeme(token);
    out += out ? ` ${quoted}:` : `${quoted}:`;
    let inTitle = '';
    for (let i = 0; i < list.length; i++) {
      const at = list[i]!;
      const position = Math.min(at, MAX_POSITION);
      out += `${i > 0 ? ',' : ''}${position}${at < bodyStart ? 'A' : ''}`;
      if (at < bodyStart && !(crossing.size > 0 && crossing.has(`${quoted}\t${at}`)))
        inTitle += `${inTitle ? ',' : ''}${position}A`;
    }
    if (inTitle) title += title ? ` ${quoted}:${inTitle}` : `${quoted}:${inTitle}`;
  }
  return { tsv: out, titleTsv: title };
}

/** A lexeme quoted for tsvector and tsquery input: quotes doubled, backslashes escaped. */
export function quoteLexeme(token: string): string {
  if (!token.includes("'") && !token.includes('\\')) return `'${token}'`;
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
