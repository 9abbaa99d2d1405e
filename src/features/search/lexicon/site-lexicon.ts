/**
 * The site's lexicon: the project's synonym data (lexicon-data.ts) plus the names editors added
 * (table lexicon_entries), merged by concept id. A row with a new concept id starts a new
 * concept; a row with a known id adds a name to it.
 *
 * Built once and cached per database. Adding an entry in this process bumps a version, so the
 * next search uses the new name at once; other processes (several instances on one database)
 * reload when their copy is older than RELOAD_AFTER_MS.
 */
import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { lexiconEntries, users } from '../../../db/schema.ts';
import { phraseKey, phraseOf } from '../phrase.ts';
import { createLexicon, type Lexicon } from './lexicon.ts';
import { LEXICON_GROUPS } from './lexicon-data.ts';
import type { LexiconGroup, LexiconTerm } from './lexicon-term.ts';

/** A cached lexicon older than this is rebuilt from the database (changes by other instances). */
export const RELOAD_AFTER_MS = 60_000;

export type LexiconEntry = typeof lexiconEntries.$inferSelect;

/** The data-file groups with the entries merged in by concept id (entries in insertion order). */
export function mergeLexiconGroups(
  base: readonly LexiconGroup[],
  entries: readonly Pick<LexiconEntry, 'conceptId' | 'text' | 'lang' | 'kind'>[],
): LexiconGroup[] {
  const byId = new Map<string, LexiconTerm[]>();
  for (const group of base) byId.set(group.id, [...(byId.get(group.id) ?? []), ...group.terms]);
  for (const entry of entries) {
    const terms = byId.get(entry.conceptId) ?? [];
    terms.push({ text: entry.text, lang: entry.lang, kind: entry.kind });
    byId.set(entry.conceptId, terms);
  }
  return [...byId].map(([id, terms]) => ({ id, terms }));
}

let version = 0;
interface Cached {
  version: number;
  loadedAt: number;
  lexicon: Promise<Lexicon>;
}
const cache = new WeakMap<Db, Cached>();

/** Marks every cached site lexicon stale (called after an entry is added). */
export function lexiconChanged(): void {
  version++;
}

/** Entries in the order they were added. */
async function entriesInOrder(db: Db) {
  return db
    .select({
      conceptId: lexiconEntries.conceptId,
      text: lexiconEntries.text,
      lang: lexiconEntries.lang,
      kind: lexiconEntries.kind,
    })
    .from(lexiconEntries)
    .orderBy(asc(lexiconEntries.id));
}

/** The data-file groups merged with the database's entries. */
export async function siteLexiconGroups(db: Db): Promise<LexiconGroup[]> {
  return mergeLexiconGroups(LEXICON_GROUPS, await entriesInOrder(db));
}

/** The site lexicon for `db`, cached; rebuilt after a change or when older than RELOAD_AFTER_MS. */
export function siteLexicon(db: Db, now = Date.now()): Promise<Lexicon> {
  const cached = cache.get(db);
  if (cached && cached.version === version && now - cached.loadedAt < RELOAD_AFTER_MS) return cached.lexicon;
  const lexicon = siteLexiconGroups(db).then(createLexicon);
  const entry: Cached = { version, loadedAt: now, lexicon };
  cache.set(db, entry);
  // A failed load is not kept: the next call tries again.
  lexicon.catch(() => {
    if (cache.get(db) === entry) cache.delete(db);
  });
  return lexicon;
}

/** Entries for the editor page, newest first, with who added them. */
export async function listLexiconEntries(db: Db, limit = 500) {
  return db
    .select({
      id: lexiconEntries.id,
      conceptId: lexiconEntries.conceptId,
      text: lexiconEntries.text,
      lang: lexiconEntries.lang,
      kind: lexiconEntries.kind,
      createdAt: lexiconEntries.createdAt,
      createdBy: users.displayName,
    })
    .from(lexiconEntries)
    .leftJoin(users, eq(users.id, lexiconEntries.createdBy))
    .orderBy(desc(lexiconEntries.id))
    .limit(limit);
}

export interface NewLexiconEntry {
  conceptId: string;
  /** True: the concept id must be new; false: it must exist already. */
  newConcept: boolean;
  text: string;
  lang: 'en' | 'zh';
  kind: 'lay' | 'clinical';
}

/** Why an entry was refused, per form field. */
export type LexiconEntryProblem =
  | { field: 'conceptId'; code: 'unknown_concept' | 'concept_exists' }
  | { field: 'text'; code: 'not_searchable' | 'name_exists' }
  | { field: 'text'; code: 'name_taken'; conceptId: string };

/**
 * Adds a name to the site lexicon, or says why not: the concept must exist (or be new when
 * `newConcept`), and the name, as search sees it (case, width and punctuation folded), must not
 * already be a name of this or another concept.
 */
export async function addLexiconEntry(
  db: Db,
  userId: number,
  input: NewLexiconEntry,
): Promise<{ ok: true; entry: LexiconEntry } | { ok: false; problem: LexiconEntryProblem }> {
  const groups = await siteLexiconGroups(db);
  const exists = groups.some((group) => group.id === input.conceptId);
  if (input.newConcept && exists)
    return { ok: false, problem: { field: 'conceptId', code: 'concept_exists' } };
  if (!input.newConcept && !exists) {
    return { ok: false, problem: { field: 'conceptId', code: 'unknown_concept' } };
  }
  const phrase = phraseOf(input.text);
  if (phrase.length === 0) return { ok: false, problem: { field: 'text', code: 'not_searchable' } };
  const key = phraseKey(phrase);
  for (const group of groups) {
    for (const term of group.terms) {
      if (phraseKey(phraseOf(term.text)) !== key) continue;
      return group.id === input.conceptId
        ? { ok: false, problem: { field: 'text', code: 'name_exists' } }
        : { ok: false, problem: { field: 'text', code: 'name_taken', conceptId: group.id } };
    }
  }
  const [entry] = await db
    .insert(lexiconEntries)
    .values({
      conceptId: input.conceptId,
      text: input.text,
      lang: input.lang,
      kind: input.kind,
      createdBy: userId,
    })
    .onConflictDoNothing()
    .returning();
  lexiconChanged();
  if (!entry) return { ok: false, problem: { field: 'text', code: 'name_exists' } };
  return { ok: true, entry };
}
