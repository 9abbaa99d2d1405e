/**
 * Editors' names in the site lexicon (table lexicon_entries): add, edit, delete. Every name is
 * held to the data files' rules (lexicon-rules.ts), must be searchable, and may belong to one
 * concept only (compared as search sees it). Each change is audited in its transaction and marks
 * the cached site lexicon stale (site-lexicon.ts).
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { lexiconEntries } from '../../../db/schema.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { phraseKey, phraseOf } from '../phrase.ts';
import { LEXICON_GROUPS } from './lexicon-data.ts';
import { checkLexiconName, type NameProblem, normalizeLexiconName } from './lexicon-rules.ts';
import type { LexiconGroup } from './lexicon-term.ts';
import { type LexiconEntry, lexiconChanged, mergeLexiconGroups } from './site-lexicon.ts';

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
  | { field: 'text'; code: NameProblem | 'not_searchable' | 'name_exists' }
  | { field: 'text'; code: 'name_taken'; conceptId: string };

export type LexiconEntryResult =
  | { ok: true; entry: LexiconEntry }
  | { ok: false; problem: LexiconEntryProblem };

/** One entry by id, or undefined. */
export async function getLexiconEntry(db: Db, id: number): Promise<LexiconEntry | undefined> {
  const [entry] = await db.select().from(lexiconEntries).where(eq(lexiconEntries.id, id));
  return entry;
}

/** The data-file groups merged with every entry but `exceptId` (the one being edited). */
async function groupsWithout(db: Db, exceptId?: number): Promise<LexiconGroup[]> {
  const entries = await db.select().from(lexiconEntries).orderBy(asc(lexiconEntries.id));
  return mergeLexiconGroups(
    LEXICON_GROUPS,
    entries.filter((entry) => entry.id !== exceptId),
  );
}

/**
 * The first problem of `input` against `groups`; `keepConcept` is the edited entry's concept,
 * which stays valid even when the entry is its only name.
 */
function problemOf(
  groups: LexiconGroup[],
  input: NewLexiconEntry,
  keepConcept?: string,
): LexiconEntryProblem | undefined {
  if (input.conceptId !== keepConcept) {
    const exists = groups.some((group) => group.id === input.conceptId);
    if (input.newConcept && exists) return { field: 'conceptId', code: 'concept_exists' };
    if (!input.newConcept && !exists) return { field: 'conceptId', code: 'unknown_concept' };
  }
  const rule = checkLexiconName(input.text, input.lang);
  if (rule) return { field: 'text', code: rule };
  const phrase = phraseOf(input.text);
  if (phrase.length === 0) return { field: 'text', code: 'not_searchable' };
  const key = phraseKey(phrase);
  for (const group of groups) {
    for (const term of group.terms) {
      if (phraseKey(phraseOf(term.text)) !== key) continue;
      return group.id === input.conceptId
        ? { field: 'text', code: 'name_exists' }
        : { field: 'text', code: 'name_taken', conceptId: group.id };
    }
  }
  return undefined;
}

const normalized = (input: NewLexiconEntry): NewLexiconEntry => ({
  ...input,
  conceptId: input.conceptId.trim(),
  text: normalizeLexiconName(input.text),
});

/** Adds a name to the site lexicon (audited), or says why not. */
export async function addLexiconEntry(
  db: Db,
  userId: number,
  raw: NewLexiconEntry,
): Promise<LexiconEntryResult> {
  const input = normalized(raw);
  const problem = problemOf(await groupsWithout(db), input);
  if (problem) return { ok: false, problem };
  const entry = await db.transaction(async (txHandle) => {
    const tx = txHandle as unknown as Db;
    const [row] = await tx
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
    if (!row) return undefined;
    await recordAudit(tx, {
      actorUserId: userId,
      action: 'lexicon.add',
      targetType: 'lexicon_entry',
      targetId: row.id,
      details: {
        conceptId: row.conceptId,
        text: row.text,
        lang: row.lang,
        kind: row.kind,
        newConcept: input.newConcept,
      },
    });
    return row;
  });
  lexiconChanged();
  if (!entry) return { ok: false, problem: { field: 'text', code: 'name_exists' } };
  return { ok: true, entry };
}

/** Changes an entry (audited with before and after), or says why not; undefined when there is no such entry. */
export async function updateLexiconEntry(
  db: Db,
  userId: number,
  id: number,
  raw: NewLexiconEntry,
): Promise<LexiconEntryResult | undefined> {
  const before = await getLexiconEntry(db, id);
  if (!before) return undefined;
  const input = normalized(raw);
  const problem = problemOf(await groupsWithout(db, id), input, before.conceptId);
  if (problem) return { ok: false, problem };
  const entry = await db.transaction(async (txHandle) => {
    const tx = txHandle as unknown as Db;
    const [row] = await tx
      .update(lexiconEntries)
      .set({ conceptId: input.conceptId, text: input.text, lang: input.lang, kind: input.kind })
      .where(eq(lexiconEntries.id, id))
      .returning();
    if (!row) return undefined;
    await recordAudit(tx, {
      actorUserId: userId,
      action: 'lexicon.edit',
      targetType: 'lexicon_entry',
      targetId: id,
      details: {
        before: { conceptId: before.conceptId, text: before.text, lang: before.lang, kind: before.kind },
        after: { conceptId: row.conceptId, text: row.text, lang: row.lang, kind: row.kind },
      },
    });
    return row;
  });
  lexiconChanged();
  return entry ? { ok: true, entry } : undefined;
}

/** Deletes an entry (audited with what it was); false when there is no such entry. */
export async function deleteLexiconEntry(db: Db, userId: number, id: number): Promise<boolean> {
  const deleted = await db.transaction(async (txHandle) => {
    const tx = txHandle as unknown as Db;
    const [row] = await tx.delete(lexiconEntries).where(eq(lexiconEntries.id, id)).returning();
    if (!row) return false;
    await recordAudit(tx, {
      actorUserId: userId,
      action: 'lexicon.delete',
      targetType: 'lexicon_entry',
      targetId: id,
      details: { conceptId: row.conceptId, text: row.text, lang: row.lang, kind: row.kind },
    });
    return true;
  });
  if (deleted) lexiconChanged();
  return deleted;
}
