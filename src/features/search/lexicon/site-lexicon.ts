/**
 * The site's lexicon: the project's synonym data (lexicon-data.ts) plus the names editors added
 * (table lexicon_entries), merged by concept id. A row with a new concept id starts a new
 * concept; a row with a known id adds a name to it.
 *
 * Built once and cached per database. A change in this process (add, edit, delete: see
 * lexicon-entries.service.ts) bumps a version, so the next search uses it at once. Other
 * processes (several instances on one database) compare a fingerprint of lexicon_entries (one
 * small query) at most every CHECK_EVERY_MS and rebuild when it differs: a change made on one
 * instance is seen everywhere within that bound.
 */
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { lexiconEntries, users } from '../../../db/schema.ts';
import { createLexicon, type Lexicon } from './lexicon.ts';
import { LEXICON_GROUPS } from './lexicon-data.ts';
import type { LexiconGroup, LexiconTerm } from './lexicon-term.ts';

/** How often a cached lexicon is compared with the database (changes by other instances). */
export const CHECK_EVERY_MS = 5_000;

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
  checkedAt: number;
  fingerprint: string;
  lexicon: Promise<Lexicon>;
}
const cache = new WeakMap<Db, Cached>();
const checking = new WeakMap<Db, Promise<Lexicon>>();

/** Marks every cached site lexicon stale (called after an entry is added, edited or deleted). */
export function lexiconChanged(): void {
  version++;
}

/** A digest of every entry: changes with any insert, update or delete, on any instance. */
export async function entriesFingerprint(db: Db): Promise<string> {
  const result = await db.execute(sql`
    select count(*)::int as n, coalesce(md5(string_agg(
      id::text || ':' || concept_id || ':' || text || ':' || lang || ':' || kind, E'\n' order by id)), '') as digest
    from lexicon_entries`);
  const row = (result as unknown as { rows: { n: number | string; digest: string }[] }).rows[0]!;
  return `${Number(row.n)}:${row.digest}`;
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

/**
 * The site lexicon for `db`, cached: rebuilt after a change in this process, or when the
 * entries' fingerprint (checked at most every CHECK_EVERY_MS) differs.
 */
export function siteLexicon(db: Db, now = Date.now()): Promise<Lexicon> {
  const cached = cache.get(db);
  if (cached && cached.version === version && now - cached.checkedAt < CHECK_EVERY_MS) return cached.lexicon;
  const pending = checking.get(db);
  if (pending) return pending;
  const run = (async () => {
    const seenVersion = version;
    const fingerprint = await entriesFingerprint(db);
    const current = cache.get(db);
    if (current && current.version === seenVersion && current.fingerprint === fingerprint) {
      current.checkedAt = now;
      return current.lexicon;
    }
    const lexicon = siteLexiconGroups(db).then(createLexicon);
    const entry: Cached = { version: seenVersion, checkedAt: now, fingerprint, lexicon };
    cache.set(db, entry);
    // A failed load is not kept: the next call tries again.
    lexicon.catch(() => {
      if (cache.get(db) === entry) cache.delete(db);
    });
    return lexicon;
  })().finally(() => checking.delete(db));
  checking.set(db, run);
  return run;
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
