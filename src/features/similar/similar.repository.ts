/** SQL for stored similar-question lists and suggestion opens. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import {
  departments,
  type Lang,
  questions,
  searchDocuments,
  similarComputed,
  similarQuestions,
  suggestionOpens,
} from '../../db/schema.ts';
import { type QuestionSummary, summaryColumns, withAnswers } from '../questions/questions.repository.ts';

/** Replaces a Q&A's stored list (one transaction) and marks it computed. */
export async function replaceSimilar(
  db: Db,
  questionId: number,
  hits: readonly { id: number; score: number }[],
) {
  await db.transaction(async (tx) => {
    await tx.delete(similarQuestions).where(eq(similarQuestions.questionId, questionId));
    if (hits.length > 0) {
      await tx
        .insert(similarQuestions)
        .values(hits.map((hit, i) => ({ questionId, similarId: hit.id, rank: i + 1, score: hit.score })));
    }
    await tx
      .insert(similarComputed)
      .values({ questionId })
      .onConflictDoUpdate({ target: similarComputed.questionId, set: { computedAt: new Date() } });
  });
}

/** Indexed (published) Q&As whose similar list has never been computed, oldest first. */
export async function questionsMissingSimilar(db: Db, limit: number): Promise<number[]> {
  const rows = await db
    .select({ id: searchDocuments.questionId })
    .from(searchDocuments)
    .where(
      sql`not exists (select 1 from ${similarComputed} where ${similarComputed.questionId} = ${searchDocuments.questionId})`,
    )
    .orderBy(asc(searchDocuments.questionId))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** The text, language and department a similar lookup needs, for published Q&As only. */
export async function similarSources(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: questions.id,
      lang: questions.lang,
      departmentId: questions.departmentId,
      pageTitle: questions.pageTitle,
      body: questions.body,
    })
    .from(questions)
    .where(and(inArray(questions.id, [...ids]), eq(questions.status, 'published')));
}

/** A Q&A's stored similar Q&As that are still published, best first, as list summaries. */
export async function storedSimilar(db: Db, questionId: number, limit: number): Promise<QuestionSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(similarQuestions)
    .innerJoin(questions, eq(questions.id, similarQuestions.similarId))
    .innerJoin(departments, eq(departments.id, questions.departmentId))
    .where(and(eq(similarQuestions.questionId, questionId), eq(questions.status, 'published')))
    .orderBy(asc(similarQuestions.rank))
    .limit(limit);
  return withAnswers(db, rows);
}

/** Whether the list was computed (an empty computed list means "no similar Q&A"). */
export async function similarWasComputed(db: Db, questionId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: similarComputed.questionId })
    .from(similarComputed)
    .where(eq(similarComputed.questionId, questionId));
  return !!row;
}

export async function recordSuggestionOpen(db: Db, open: { questionId: number; lang: Lang; rank: number }) {
  await db.insert(suggestionOpens).values(open);
}
